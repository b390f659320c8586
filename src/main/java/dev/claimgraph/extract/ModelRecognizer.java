package dev.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds model names in text: known names from the lexicon, and names shaped like a family
 * name followed by a version, sizes and variants ("Qwen1.5-72B-Chat", "Mixtral 8x7B - Instruct").
 */
final class ModelRecognizer {

    private static final String SIZE = "\\d+(?:\\.\\d+)?[BbMm](?![A-Za-z0-9])|\\d+x\\d+(?:\\.\\d+)?[Bb](?![A-Za-z0-9])";
    private static final String CAPITAL_VARIANT =
            "(?:Chat|Instruct|Instruction|Base|Turbo|Pro|Ultra|Flash|Lite|Large|Medium|Small|Mini|Tiny|XL|XXL"
                    + "|Coder|Code|Python|Vision|Opus|Sonnet|Haiku|Plus|Max|Nano(?:-\\d+)?|IT|SFT|RLHF|DPO|LLM|VL|MoE)(?![A-Za-z0-9])"
                    // "Gemini Pro 1.0": a one-digit version after a variant word
                    + "(?:\\s\\d\\.\\d(?![\\d%.]))?";
    private static final String HYPHEN_VARIANT =
            "(?i:chat|instruct|instruction|base|turbo|pro|ultra|flash|lite|large|medium|small|mini|tiny|xl|xxl"
                    + "|coder|code|python|vision|it|hf|sft|rlhf|dpo|moe|\\d+k)(?![A-Za-z0-9])|[LSM](?![A-Za-z0-9])"
                    // "WizardCoder-CL-34B", "Magicoder-S-DS-6.7B": short capital tags before a size
                    + "|[A-Z]{1,3}(?=-[A-Z0-9])";
    private static final String SUFFIX = "(?:(?:-|_|\\s-\\s|\\s)(?:" + SIZE + ")|(?:\\s-\\s|\\s|-)" + CAPITAL_VARIANT
            + "|(?:-|_)(?:" + HYPHEN_VARIANT + "))";
    private static final String VERSION = "(?<ver>v?\\d+(?:\\.\\d+)*(?![0-9]|\\.\\d|[BbMmKk](?![A-Za-z])|x\\d)(?:o)?)(?![A-Za-z0-9])";

    /** Capitalised words that start sentences or noun phrases, never model names. */
    private static final Set<String> NOT_A_NAME = Set.of(
            "the", "a", "an", "our", "its", "their", "this", "that", "these", "those", "with", "at", "for", "from",
            "only", "both", "each", "all", "model", "models", "total", "about", "over", "under", "around", "just",
            "nearly", "roughly", "approximately", "some", "every", "and", "or", "to", "of", "in", "on", "by",
            "up", "is", "are", "was", "were", "has", "have", "had", "than", "table", "figure", "section", "top",
            "layer", "layers", "step", "steps", "version", "size", "sizes", "trained", "uses", "using", "gets",
            "reaches", "scores", "it", "they", "we", "base", "chat", "instruct", "variant", "open", "weights",
            "released", "parameters", "tokens", "context", "window", "dense", "sparse", "larger", "smaller",
            "best", "largest", "smallest", "new", "old", "first", "second", "last", "next", "another", "other",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "also", "plus");

    /** What may follow a family name: a version, then sizes and variants. */
    /** "Command R+": a plus right after a name belongs to it. */
    private static final String PLUS = "(?<plus>\\+(?![+\\w]))?";
    private static final Pattern AFTER_FAMILY = Pattern.compile(
            "(?:(?<vsep>[ -]?)" + VERSION + ")?(?<suf>" + SUFFIX + "*)" + PLUS + "(?![A-Za-z0-9])");

    private final Lexicon lexicon;
    private final NameIndex<Lexicon.Family> families;
    private final NameIndex<Lexicon.Family> familiesIgnoringCase;
    private final NameIndex<Lexicon.KnownModel> known;
    private final Pattern unknownShape;
    private final Map<String, Lexicon.Family> familyByAlias;
    /** Each lexicon model's line, size and variant, read once from the shape of its canonical name. */
    private final Map<Lexicon.KnownModel, ModelMention> knownShapes;
    /** Mentions already found in a text of the current document; null in a shared recognizer. */
    private final Map<String, List<ModelMention>> cache;
    /** Word starts already found in a text of the current document; null in a shared recognizer. */
    private final Map<String, WordStarts> wordStarts;

    ModelRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.familyByAlias = new HashMap<>();
        Map<String, Lexicon.Family> familyNames = new HashMap<>();
        for (Lexicon.Family f : lexicon.families()) {
            for (String alias : Lexicon.namesOf(f, Lexicon.Family::name, Lexicon.Family::aliases)) {
                familyNames.put(alias, f);
                familyByAlias.put(Lexicon.key(alias), f);
            }
        }
        Map<String, Lexicon.KnownModel> modelNames = new HashMap<>();
        for (Lexicon.KnownModel m : lexicon.models()) {
            for (String alias : Lexicon.namesOf(m, Lexicon.KnownModel::name, Lexicon.KnownModel::aliases)) {
                modelNames.put(alias, m);
            }
        }
        families = new NameIndex<>(familyNames, true, "");
        familiesIgnoringCase = new NameIndex<>(familyNames, false, "");
        known = new NameIndex<>(modelNames, true, "(?![A-Za-z0-9])");
        unknownShape = Pattern.compile("(?<fam>[A-Z][A-Za-z]*[a-z][A-Za-z]*)(?<ver>\\d+(?:\\.\\d+)?)?"
                + "(?<suf>(?:-[A-Z]{1,3}(?=-))*(?:[ -](?:" + SIZE + "))(?:" + SUFFIX + ")*)" + PLUS + "(?![A-Za-z0-9])");
        knownShapes = new IdentityHashMap<>();
        for (Lexicon.KnownModel m : modelNames.values()) {
            knownShapes.computeIfAbsent(m, this::shapeOf);
        }
        cache = null;
        wordStarts = null;
    }

    private ModelRecognizer(ModelRecognizer shared) {
        this.lexicon = shared.lexicon;
        this.families = shared.families;
        this.familiesIgnoringCase = shared.familiesIgnoringCase;
        this.known = shared.known;
        this.unknownShape = shared.unknownShape;
        this.familyByAlias = shared.familyByAlias;
        this.knownShapes = shared.knownShapes;
        this.cache = new HashMap<>();
        this.wordStarts = new HashMap<>();
    }

    /** A recognizer for one document, which finds the mentions of each text only once. */
    ModelRecognizer forDocument() {
        return new ModelRecognizer(this);
    }

    /** Model names in {@code text}, left to right, longest first where two overlap. */
    List<ModelMention> find(String text) {
        if (cache == null) {
            return find(text, false);
        }
        return cache.computeIfAbsent(text, t -> find(t, false));
    }

    /** Where the words of {@code text} start, found once per text of the current document. */
    WordStarts wordStarts(String text) {
        return wordStarts == null ? WordStarts.of(text) : wordStarts.computeIfAbsent(text, WordStarts::of);
    }

    /** As {@link #find(String)}, ignoring case (for titles written in capitals). */
    List<ModelMention> find(String text, boolean ignoreCase) {
        List<ModelMention> found = new ArrayList<>();
        WordStarts words = wordStarts(text);
        for (NameIndex.Hit<Lexicon.KnownModel> hit : known.find(words)) {
            found.add(knownModel(hit.value(), hit.start(), hit.end()));
        }
        Matcher rest = null;
        for (NameIndex.Hit<Lexicon.Family> hit : (ignoreCase ? familiesIgnoringCase : families).find(words)) {
            if (rest == null) {
                rest = AFTER_FAMILY.matcher(text);
                rest.useTransparentBounds(true);
            }
            rest.region(hit.end(), text.length());
            if (rest.lookingAt()) {
                found.add(fromShape(hit.start(), rest, hit.value().name(), hit.value().versionSeparator()));
            }
        }
        List<Integer> sizeAt = sizesIn(text);
        if (!sizeAt.isEmpty()) {
            Matcher u = unknownShape.matcher(text);
            u.useTransparentBounds(true);
            int next = 0;
            for (int i = 0; i < text.length(); i++) {
                while (next < sizeAt.size() && sizeAt.get(next) < i) {
                    next++;
                }
                if (next == sizeAt.size()) {
                    break; // no size left to name a model with
                }
                if (sizeAt.get(next) - i > 40) {
                    continue;
                }
                // Unknown families start a capitalised word; try only there.
                if (!Character.isUpperCase(text.charAt(i)) || i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1))
                        || text.charAt(i - 1) == '-' || text.charAt(i - 1) == '_')) {
                    continue;
                }
                int familyEnd = unknownFamilyEnd(text, i);
                if (familyEnd < 0) {
                    continue;
                }
                // The word the pattern would take as the family; ruled out before the costlier pattern.
                String word = text.substring(i, familyEnd);
                if (NOT_A_NAME.contains(word.toLowerCase(Locale.ROOT)) || familyByAlias.containsKey(Lexicon.key(word))
                        || lexicon.benchmark(word).isPresent()) {
                    continue;
                }
                u.region(i, text.length());
                if (!u.lookingAt()) {
                    continue;
                }
                found.add(fromShape(i, u, word, ""));
            }
        }
        return longestFirst(found);
    }

    /** Where the last digit of each size ("7B", "8x22b") stands; no unknown family is named without a size. */
    private static List<Integer> sizesIn(String text) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            char unit = text.charAt(i + 1);
            if (isDigit(text.charAt(i)) && (unit == 'B' || unit == 'b' || unit == 'M' || unit == 'm')
                    && (i + 2 == text.length() || !isAsciiLetterOrDigit(text.charAt(i + 2)))) {
                at.add(i);
            }
        }
        return at;
    }

    /**
     * Where the family of the unknown shape ends if that shape may match at {@code i}, else -1.
     * Its family is a whole run of ASCII letters with a small letter after the first (only digits,
     * spaces and hyphens may follow it), and after that run and any version a space or hyphen leads
     * to the size or to a capital tag. Most capitalised words fail this before the pattern is tried.
     */
    private static int unknownFamilyEnd(String text, int i) {
        char first = text.charAt(i);
        if (first < 'A' || first > 'Z') {
            return -1;
        }
        int k = i + 1;
        boolean small = false;
        while (k < text.length() && isAsciiLetter(text.charAt(k))) {
            small |= text.charAt(k) >= 'a';
            k++;
        }
        if (!small) {
            return -1;
        }
        int familyEnd = k;
        while (k < text.length() && isDigit(text.charAt(k))) {
            k++;
        }
        if (k + 1 < text.length() && text.charAt(k) == '.' && isDigit(text.charAt(k + 1))
                && isDigit(text.charAt(k - 1))) {
            k++;
            while (k < text.length() && isDigit(text.charAt(k))) {
                k++;
            }
        }
        // Then a size ("-7B", " 8x7B") or a short capital tag before one ("-CL-34B").
        boolean sizeFollows = k + 1 < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '-')
                && (isDigit(text.charAt(k + 1)) || text.charAt(k) == '-' && text.charAt(k + 1) >= 'A'
                        && text.charAt(k + 1) <= 'Z');
        return sizeFollows ? familyEnd : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || isDigit(c);
    }

    /** A lexicon model at [start, end), with its line, size and variant. */
    private ModelMention knownModel(Lexicon.KnownModel model, int start, int end) {
        ModelMention shape = knownShapes.get(model);
        return new ModelMention(start, end, shape.name(), shape.family(), shape.line(), shape.sized(), shape.variant());
    }

    /** A lexicon model, with its line, size and variant read from the shape of its canonical name. */
    private ModelMention shapeOf(Lexicon.KnownModel model) {
        int start = 0;
        int end = model.name().length();
        for (NameIndex.Hit<Lexicon.Family> hit : families.find(model.name())) {
            if (hit.start() != 0) {
                continue;
            }
            Matcher rest = AFTER_FAMILY.matcher(model.name());
            rest.region(hit.end(), model.name().length());
            if (rest.matches()) {
                ModelMention shaped = fromShape(0, rest, hit.value().name(), hit.value().versionSeparator());
                return new ModelMention(start, end, model.name(), model.family(), shaped.line(), shaped.sized(),
                        shaped.variant());
            }
        }
        return new ModelMention(start, end, model.name(), model.family(), model.name(), hasSize(model.name()), false);
    }

    /** A mention from {@code start} to the end of {@code m}, whose groups hold the version and suffixes. */
    private static ModelMention fromShape(int start, Matcher m, String familyName, String versionSeparator) {
        StringBuilder line = new StringBuilder(familyName);
        String version = m.group("ver");
        if (version != null) {
            line.append(versionSeparator).append(version);
        }
        StringBuilder name = new StringBuilder(line);
        boolean sized = false;
        boolean variant = false;
        String suffixes = m.group("suf");
        Matcher part = SUFFIX_PART.matcher(suffixes == null ? "" : suffixes);
        while (part.find()) {
            String piece = part.group(2);
            if (SIZE_ONLY.matcher(piece).matches()) {
                name.append(' ').append(piece.toUpperCase(Locale.ROOT).replace('X', 'x'));
                sized = true;
            } else if (CONTEXT_SIZE.matcher(piece).matches()) {
                // "Yi-34B-200K": a context length in the name, not a variant.
                name.append(' ').append(piece.toUpperCase(Locale.ROOT));
            } else if (piece.equals("LLM")) {
                // "DeepSeek LLM" names the line itself, not a variant of it.
                line.append(" LLM");
                name.append(" LLM");
            } else if (piece.length() == 1) {
                name.append('-').append(piece);
                variant = true;
            } else {
                name.append(' ').append(variantCase(piece));
                variant = true;
            }
        }
        if (m.group("plus") != null) {
            name.append('+'); // "Command R+" is another model than "Command R"
            line.append('+');
        }
        return new ModelMention(start, m.end(), name.toString(), familyName, line.toString(), sized, variant);
    }

    private static final Pattern SIZE_ONLY = Pattern.compile(SIZE);
    private static final Pattern CONTEXT_SIZE = Pattern.compile("\\d+[Kk]");
    private static final Pattern SUFFIX_PART = Pattern.compile("(\\s-\\s|[-_\\s])([^-_\\s]+(?:-\\d+(?![\\w.]))?)");

    static String variantCase(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        if (word.length() > 1 && word.equals(upper) && upper.chars().allMatch(Character::isLetter)) {
            return word; // a tag such as "CL" or "DS" keeps its capitals
        }
        if (Set.of("IT", "XL", "XXL", "SFT", "RLHF", "DPO", "HF").contains(upper) || CONTEXT_SIZE.matcher(upper).matches()) {
            return upper;
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    private static final Pattern SIZE_ANYWHERE = Pattern.compile("(?<![A-Za-z0-9])(?:" + SIZE + ")");

    private static boolean hasSize(String name) {
        return SIZE_ANYWHERE.matcher(name).find();
    }

    /** Keeps the longest of overlapping mentions, then orders by position. */
    private static List<ModelMention> longestFirst(List<ModelMention> found) {
        found.sort(Comparator.comparingInt((ModelMention x) -> x.end() - x.start()).reversed()
                .thenComparingInt(ModelMention::start));
        List<ModelMention> kept = new ArrayList<>();
        for (ModelMention candidate : found) {
            boolean overlaps = kept.stream().anyMatch(k -> k.start() < candidate.end() && candidate.start() < k.end());
            if (!overlaps) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(ModelMention::start));
        return kept;
    }
}
