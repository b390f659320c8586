package dev.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes model names that a summary shortens: sizes on their own ("the 70B model", "13B"),
 * variant words ("Nano-1", "Large 81.2%"), "the best 13B model (Llama 2)", and the bare line name.
 */
final class ShortNameResolver {

    private static final Pattern BARE_SIZE = Pattern.compile(
            "(?<![\\w.-])(?:[Tt]he\\s+)?(?<size>\\d+(?:\\.\\d+)?B)(?:[- ](?<kind>base|chat|instruct|pretrained|pre-trained"
                    + "|fine-tuned|tuned))?(?:\\s+(?:model|variant|version))?(?![\\w-])");
    private static final Pattern NOT_A_MODEL_AFTER = Pattern.compile(
            "^\\s*(?:(?:[\\w-]+\\s+)?tokens?|(?:are\\s+|is\\s+)?active|total|of\\b|in total|(?:parameters?|params)\\b)");
    /** A size in a list of sizes ("7B, 13B and 70B parameters") names a model even before "parameters". */
    private static final Pattern LISTED_SIZE_BEFORE = Pattern.compile("\\d+(?:\\.\\d+)?B\\s*(?:,|and|or|&)\\s*(?:and\\s+)?$");
    /** "from 125M up to 175B" describes a range of sizes, not a model. */
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?:\\bto|\\bfrom|\\bbetween|[-–])\\s*$");
    private static final Pattern SIZED_DESCRIPTION = Pattern.compile(
            "(?<size>\\d+(?:\\.\\d+)?B)\\s+(?:[\\w-]+\\s+)?model\\s*\\(\\s*$");
    private static final Pattern ANY_SIZE = Pattern.compile("\\dB");
    private static final Pattern RANGE_AFTER = Pattern.compile("\\s*(?:to|-|–)\\s*\\d");
    private static final Pattern OPENING = Pattern.compile("\\s*\\(\\s*");
    private static final Pattern CLOSING = Pattern.compile("\\s*\\)");
    private static final Pattern CLOSING_AT_START = Pattern.compile("^\\s*\\)");
    static final Pattern BRACKETED_SIZE = Pattern.compile("^\\s*\\(\\s*(\\d+(?:\\.\\d+)?B)\\s*\\)");
    private static final List<String> SIZE_WORDS = List.of("Large", "Medium", "Small", "Base", "Mini", "Tiny", "XL");
    private static final Pattern SIZE_WORD = Pattern.compile(
            "(?<![\\w-])(?<word>Large|Medium|Small|Base|Mini|Tiny|XL)(?=\\s*:?\\s*\\(?\\d)");

    private final PaperContext paper;
    /** One pattern per set of variant words, shared by every document of a family. */
    private static final java.util.Map<List<String>, Pattern> VARIANT_PATTERNS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Pattern variantWord;
    private final List<String> variantWords;

    ShortNameResolver(PaperContext paper) {
        this.paper = paper;
        List<String> variants = new ArrayList<>(paper.familyVariants());
        variants.addAll(List.of("Ultra", "Nano"));
        this.variantWords = List.copyOf(variants);
        this.variantWord = VARIANT_PATTERNS.computeIfAbsent(variantWords, words -> Pattern.compile(
                "(?<![\\w-])(?<word>" + String.join("|", words) + ")(?<num>-\\d+)?(?![\\w-])"));
    }

    /** The mentions of {@code text} with shortened names completed and added. */
    List<ModelMention> complete(String text, List<ModelMention> found) {
        List<ModelMention> all = new ArrayList<>();
        for (ModelMention m : found) {
            all.add(withDescribedSize(text, paper.resolve(m)));
        }
        String line = paper.line();
        if (line != null) {
            if (paper.sizesNameMembers() && ANY_SIZE.matcher(text).find()) {
                GuardedSearch search = new GuardedSearch(BARE_SIZE, text, at -> mayStartBareSize(text, at));
                while (search.next()) {
                    Matcher m = search.matcher();
                    if (!free(all, m.start(), m.end())) {
                        continue; // part of a name found already
                    }
                    String before = text.substring(Math.max(0, m.start() - 20), m.start());
                    boolean listed = LISTED_SIZE_BEFORE.matcher(before).find();
                    boolean describesSomethingElse = !listed && describesSomethingElse(text, m.end());
                    if (!describesSomethingElse && !RANGE_BEFORE.matcher(before).find()
                            && !Regions.startsWith(RANGE_AFTER, text, m.end())
                            && free(all, m.start(), m.end()) && !sizeOfPrecedingModel(text, all, m.start(), m.end())) {
                        String kind = m.group("kind");
                        String name = paper.sizePrefix() + " " + m.group("size")
                                + (kind != null && (kind.equals("chat") || kind.equals("instruct"))
                                        ? " " + Character.toUpperCase(kind.charAt(0)) + kind.substring(1) : "");
                        all.add(new ModelMention(m.start(), m.end(), name, paper.family(), line, true, false));
                    }
                }
            }
            if ((paper.line().equals(paper.paperModel()) || !paper.familyVariants().isEmpty())
                    && containsAny(text, variantWords)) {
                addVariants(text, all, variantWord, line);
            }
            if (containsAny(text, SIZE_WORDS)) {
                addVariants(text, all, SIZE_WORD, line);
            }
        }
        all.sort(Comparator.comparingInt(ModelMention::start));
        return all;
    }

    /** Whether the text holds one of the words, a cheap test before the pattern search. */
    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private void addVariants(String text, List<ModelMention> all, Pattern pattern, String line) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (!free(all, m.start(), m.end())) {
                continue;
            }
            String number = pattern == variantWord && m.group("num") != null ? m.group("num") : "";
            all.add(new ModelMention(m.start(), m.end(), line + " " + ModelRecognizer.variantCase(m.group("word")) + number,
                    paper.family(), line, false,
                    true));
        }
    }

    /** "the best open 13B model (Llama 2)" names Llama 2 13B, and "PaLM (540B)" names PaLM 540B. */
    private static ModelMention withDescribedSize(String text, ModelMention m) {
        if (m.sized()) {
            return m;
        }
        // Both descriptions need a bracket right after the name; most names have none.
        int next = m.end();
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next == text.length() || text.charAt(next) != '(' && text.charAt(next) != ')') {
            return m;
        }
        Matcher bracket = BRACKETED_SIZE.matcher(text);
        bracket.region(m.end(), text.length());
        if (!m.variant() && bracket.lookingAt()) {
            return new ModelMention(m.start(), bracket.end(), m.name() + " " + bracket.group(1), m.family(),
                    m.line(), true, m.variant());
        }
        Matcher after = CLOSING_AT_START.matcher(text);
        after.region(m.end(), text.length());
        if (!after.lookingAt()) {
            return m;
        }
        Matcher before = SIZED_DESCRIPTION.matcher(text);
        before.region(Math.max(0, m.start() - 40), m.start());
        if (before.find()) {
            return new ModelMention(before.start(), after.end(), m.line() + " " + before.group("size"), m.family(),
                    m.line(), true, m.variant());
        }
        return m;
    }

    /**
     * Whether a bare size may start at {@code at}: with its digits or with "the", at the start of a
     * word; the full pattern is tried only there.
     */
    private static boolean mayStartBareSize(String text, int at) {
        char c = text.charAt(at);
        if (!(c >= '0' && c <= '9' || c == 'T' || c == 't')) {
            return false;
        }
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        return !(before >= '0' && before <= '9' || before >= 'A' && before <= 'Z' || before >= 'a' && before <= 'z'
                || before == '_' || before == '.' || before == '-');
    }

    /** Whether the words after a size say it counts tokens or parameters rather than naming a model. */
    private static boolean describesSomethingElse(String text, int at) {
        Matcher after = NOT_A_MODEL_AFTER.matcher(text);
        after.region(at, text.length());
        return after.lookingAt();
    }

    /** "PaLM (540B)": the size in brackets belongs to the model before it. */
    private static boolean sizeOfPrecedingModel(String text, List<ModelMention> models, int at, int end) {
        return Regions.startsWith(CLOSING, text, end)
                && models.stream().anyMatch(m -> m.end() <= at && Regions.matches(OPENING, text, m.end(), at));
    }

    private static boolean free(List<ModelMention> taken, int start, int end) {
        return taken.stream().noneMatch(t -> t.start() < end && start < t.end());
    }
}
