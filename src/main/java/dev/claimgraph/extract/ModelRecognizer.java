package dev.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
                    + "|Coder|Code|Python|Vision|Opus|Sonnet|Haiku|Plus|Max|Nano(?:-\\d+)?|IT|SFT|RLHF|DPO|LLM|VL|MoE)(?![A-Za-z0-9])";
    private static final String HYPHEN_VARIANT =
            "(?i:chat|instruct|instruction|base|turbo|pro|ultra|flash|lite|large|medium|small|mini|tiny|xl|xxl"
                    + "|coder|code|python|vision|it|hf|sft|rlhf|dpo|\\d+k)(?![A-Za-z0-9])|[LSM](?![A-Za-z0-9])";
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

    private final Lexicon lexicon;
    private final Pattern shape;
    private final Pattern shapeIgnoringCase;
    private final Pattern known;
    private final Pattern unknownShape;
    private final Map<String, Lexicon.Family> familyByAlias = new HashMap<>();
    private final Map<String, Lexicon.KnownModel> modelByAlias = new HashMap<>();

    ModelRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        List<String> familyAliases = new ArrayList<>();
        for (Lexicon.Family f : lexicon.families()) {
            for (String alias : Lexicon.namesOf(f, Lexicon.Family::name, Lexicon.Family::aliases)) {
                familyAliases.add(alias);
                familyByAlias.put(Lexicon.key(alias), f);
            }
        }
        List<String> modelAliases = new ArrayList<>();
        for (Lexicon.KnownModel m : lexicon.models()) {
            for (String alias : Lexicon.namesOf(m, Lexicon.KnownModel::name, Lexicon.KnownModel::aliases)) {
                modelAliases.add(alias);
                modelByAlias.put(Lexicon.key(alias), m);
            }
        }
        String families = alternation(familyAliases);
        String body = "(?<![\\w-])(?<fam>" + families + ")(?:(?<vsep>[ -]?)" + VERSION + ")?(?<suf>" + SUFFIX + "*)"
                + "(?![A-Za-z0-9])";
        shape = Pattern.compile(body);
        shapeIgnoringCase = Pattern.compile(body, Pattern.CASE_INSENSITIVE);
        known = modelAliases.isEmpty() ? null
                : Pattern.compile("(?<![\\w-])(?:" + alternation(modelAliases) + ")(?![A-Za-z0-9])");
        unknownShape = Pattern.compile("(?<![\\w-])(?<fam>[A-Z][A-Za-z]*[a-z][A-Za-z]*)(?<ver>\\d+(?:\\.\\d+)?)?"
                + "(?<suf>(?:[ -](?:" + SIZE + "))(?:" + SUFFIX + ")*)(?![A-Za-z0-9])");
    }

    /** Model names in {@code text}, left to right, longest first where two overlap. */
    List<ModelMention> find(String text) {
        return find(text, false);
    }

    /** As {@link #find(String)}, ignoring case (for titles written in capitals). */
    List<ModelMention> find(String text, boolean ignoreCase) {
        List<ModelMention> found = new ArrayList<>();
        if (known != null) {
            Matcher m = known.matcher(text);
            while (m.find()) {
                Lexicon.KnownModel model = modelByAlias.get(Lexicon.key(m.group()));
                if (model != null) {
                    found.add(knownModel(model, m.start(), m.end()));
                }
            }
        }
        Matcher m = (ignoreCase ? shapeIgnoringCase : shape).matcher(text);
        while (m.find()) {
            Lexicon.Family family = familyByAlias.get(Lexicon.key(m.group("fam")));
            if (family == null) {
                continue;
            }
            found.add(fromShape(m, family.name(), family.versionSeparator()));
        }
        Matcher u = unknownShape.matcher(text);
        while (u.find()) {
            String word = u.group("fam");
            if (NOT_A_NAME.contains(word.toLowerCase(Locale.ROOT)) || familyByAlias.containsKey(Lexicon.key(word))
                    || lexicon.benchmark(word).isPresent()) {
                continue;
            }
            found.add(fromShape(u, word, ""));
        }
        return longestFirst(found);
    }

    /** A lexicon model, with its line, size and variant read from the shape of its canonical name. */
    private ModelMention knownModel(Lexicon.KnownModel model, int start, int end) {
        Matcher whole = shape.matcher(model.name());
        if (whole.matches()) {
            Lexicon.Family family = familyByAlias.get(Lexicon.key(whole.group("fam")));
            if (family != null) {
                ModelMention shaped = fromShape(whole, family.name(), family.versionSeparator());
                return new ModelMention(start, end, model.name(), model.family(), shaped.line(), shaped.sized(),
                        shaped.variant());
            }
        }
        return new ModelMention(start, end, model.name(), model.family(), model.name(), hasSize(model.name()), false);
    }

    private static ModelMention fromShape(Matcher m, String familyName, String versionSeparator) {
        StringBuilder line = new StringBuilder(familyName);
        String version = m.group("ver");
        if (version != null) {
            line.append(versionSeparator).append(version);
        }
        StringBuilder name = new StringBuilder(line);
        boolean sized = false;
        boolean variant = false;
        Matcher part = SUFFIX_PART.matcher(m.group("suf"));
        while (part.find()) {
            String piece = part.group(2);
            if (piece.matches(SIZE)) {
                name.append(' ').append(piece.toUpperCase(Locale.ROOT).replace('X', 'x'));
                sized = true;
            } else if (piece.matches("\\d+[Kk]")) {
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
        return new ModelMention(m.start(), m.end(), name.toString(), familyName, line.toString(), sized, variant);
    }

    private static final Pattern SUFFIX_PART = Pattern.compile("(\\s-\\s|[-_\\s])([^-_\\s]+(?:-\\d+(?![\\w.]))?)");

    static String variantCase(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        if (Set.of("IT", "XL", "XXL", "SFT", "RLHF", "DPO", "HF").contains(upper) || upper.matches("\\d+K")) {
            return upper;
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    private static boolean hasSize(String name) {
        return Pattern.compile("(?<![A-Za-z0-9])(?:" + SIZE + ")").matcher(name).find();
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

    /** A regex alternation of literal names, longest first, where spaces and hyphens are interchangeable. */
    static String alternation(List<String> names) {
        return names.stream()
                .filter(n -> !n.isBlank())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(ModelRecognizer::literal)
                .reduce((a, b) -> a + "|" + b)
                .orElse("(?!)");
    }

    private static String literal(String name) {
        StringBuilder regex = new StringBuilder();
        for (String piece : name.split("(?<=[ -])|(?=[ -])")) {
            if (piece.equals(" ") || piece.equals("-")) {
                regex.append("[ -]?");
            } else {
                regex.append(Pattern.quote(piece));
            }
        }
        return regex.toString();
    }
}
