package dev.claimgraph.extract;

import java.util.Set;
import java.util.regex.Pattern;

/** The word patterns with which prose is read: comparisons, negation, score verbs, clause boundaries. */
final class ProsePatterns {

    private ProsePatterns() {}

    static final Pattern BETTER = Pattern.compile(
            "\\b(?:outperform(?:s|ed|ing)?|beat(?:s|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|outscor(?:es|ed|ing)"
                    + "|better(?:\\s+than)?|superior\\s+to|stronger\\s+than|ahead\\s+of|edges?\\s+out)\\b");
    static final Pattern WORSE = Pattern.compile(
            "\\b(?:worse\\s+than|inferior\\s+to|underperform(?:s|ed)?|weaker\\s+than)\\b");
    static final Pattern SIMILAR = Pattern.compile(
            "\\b(?:similar\\s+to|on\\s+par\\s+with|comparable\\s+(?:to|with)|rival(?:s|ed|ing)?|match(?:es|ed|ing)?"
                    + "|as\\s+good\\s+as|competitive\\s+with|at\\s+par\\s+with)\\b");
    /** Words one of which every match of BETTER, WORSE or SIMILAR holds: a search without them is skipped. */
    static final String[] BETTER_STEMS = {
        "outperform", "beat", "surpass", "exceed", "outscor", "better", "superior", "stronger", "ahead", "edge"
    };
    static final String[] WORSE_STEMS = {"worse", "inferior", "underperform", "weaker"};
    static final String[] SIMILAR_STEMS = {"similar", "par", "comparable", "rival", "match", "good", "competitive"};
    static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|never|no\\s+longer|fails?\\s+to|failed\\s+to|cannot|nor|neither|no)\\b|n't\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern PAIR_GAP = Pattern.compile(
            "^\\s*(?:(?:average\\s+)?(?:accuracy|score|F1|EM|pass\\s+rate)\\s+)?(?:vs\\.?|versus|v\\.|against"
                    + "|compared\\s+(?:to|with))\\s*$", Pattern.CASE_INSENSITIVE);
    static final Pattern COMPARED_WITH = Pattern.compile(
            "\\b(?:compared\\s+(?:to|with)|relative\\s+to|against|versus|vs\\.?)\\s*$", Pattern.CASE_INSENSITIVE);
    static final Pattern PRONOUN = Pattern.compile("\\b(?:it|its|It|Its)\\b");
    static final Pattern FOR_MODEL = Pattern.compile(
            "^\\s*\\)?\\s*(?:for|by|from|of)\\s+(?:(?:the|a|an|its|their)\\s+)?(?:(?:fine-tuned|finetuned|base|previous"
                    + "|larger|smaller|original|open|closed)\\s+)?$", Pattern.CASE_INSENSITIVE);
    static final Pattern ON_BENCHMARK = Pattern.compile(
            "^\\s*(?:(?:win|pass|success|error|solve)\\s+rate|accuracy|score|F1|EM)?\\s*(?:on|in|at|for|of)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** A model name that ends with its size in brackets: "PaLM (540B)". */
    static final Pattern STATED_SIZE = Pattern.compile("\\(\\s*(\\d+(?:\\.\\d+)?)B\\s*\\)$");
    /** Words just before a number that give it to somebody other than the paper's model. */
    static final Pattern SOMEONE_ELSE = Pattern.compile(
            "\\b(?:humans?|experts?|annotators?|random|chance|baselines?|previous|prior|state[- ]of[- ]the[- ]art|SOTA"
                    + "|best|fine-tuned|other|competitors?|rivals?)\\b", Pattern.CASE_INSENSITIVE);
    /** Verbs that put a score right after a model's name: "the 7B model gets 48.2". */
    static final Pattern SCORE_VERB = Pattern.compile(
            "^\\s*(?:\\(|(?:,\\s*which\\s+)?(?:gets|got|reaches|reached|scores|scored|achieves|achieved|attains|obtains|hits|is at"
                    + "|comes in at|solves|solved"
                    + "|records|posts|lands at|sits at|at)\\s+(?:an?\\s+(?:score|average)\\s+of\\s+)?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern COORDINATED_VERB = Pattern.compile("\\band\\s+(?:\\w+\\s+){0,2}$");
    static final Pattern BOTH = Pattern.compile("^\\s*(?:both|all\\s+(?:three|four|of\\s+them)|them)\\b");
    /** What may stand between a comparison's verb and the benchmark it is stated on. */
    static final Pattern SCOPE_AFTER = Pattern.compile(
            "^[^,;:.()]*?\\b(?:on|in|at|for)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** What may stand between a number and a setting that belongs to it alone. */
    static final Pattern LOCAL_SETTING_GAP = Pattern.compile(
            "\\s*(?:(?:for|by|from)\\s+(?:the\\s+)?M\\s*)?"
                    // "90.0% on MMLU with CoT@32" but not "68.9% on MMLU (5-shot)", the benchmark's own
                    + "(?:(?:on|in)\\s+(?:the\\s+)?B\\s*,?\\s*(?:with|using|via|under|in)\\s+(?:an?\\s+|the\\s+)?"
                    + "|[(,]?\\s*(?:(?:with|using|via|under|in)\\s+(?:an?\\s+|the\\s+)?)?)",
            Pattern.CASE_INSENSITIVE);
    /** What may join two setting phrases of one number: "zero-shot with chain-of-thought". */
    static final Pattern SETTING_CHAIN = Pattern.compile(
            "\\s*(?:,|with|and|using|\\+|&|,?\\s*i\\.e\\.,?|,?\\s*that is,?|\\()?\\s*",
            Pattern.CASE_INSENSITIVE);
    static final Pattern FINE_TUNED = Pattern.compile("(?i)fine-?tuned\\s+(?:\\w+\\s+)?$");
    static final Pattern LISTED_QUANTITY = Pattern.compile(
            "\\d+(?:\\.\\d+)?\\s*(?:B|M|billion|million)\\s*(?:,|and|or)\\s*(?:and\\s+)?$", Pattern.CASE_INSENSITIVE);
    static final Pattern LISTED_FOR_MODEL = Pattern.compile(
            "^[\\s,]*(?:and\\s+)[\\s,]*(?:for|by|of)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** A definite description that says the number is some other model's: "The MoE model sits at 76.5%". */
    static final Pattern OTHER_MODEL = Pattern.compile(
            "\\b(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,2}(?:model|system|baseline|variant|version)s?\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern SEPARATOR = Pattern.compile("[,;:\\d]");
    /** ", fine-tuned on Python," between a name and its score says more about the model, not who scored. */
    static final Pattern APPOSITIVE = Pattern.compile(",[^,]{1,40},");
    static final Pattern TOPIC_PREFIX = Pattern.compile("\\s*(?:On|For|In|Across|With)\\s+(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);
    static final Pattern SEPARATOR_WORDS = Pattern.compile("[,;:]|\\band\\b|\\bbut\\b|\\bwhile\\b");
    static final Pattern SENTENCE_OPENING = Pattern.compile(
            "\\s*(?:(?:The|Our|Its|Their|Both|Only|Then|Now|Also|Finally|However|Overall)\\b[^,]{0,12}?,?\\s*)?");
    /** The gap of a clause without its verb: ", and the 8B model ". */
    static final Pattern ELLIPSIS = Pattern.compile(
            "[^,;]*[,;]?\\s*and\\s+(?:the\\s+)?(?:M|\\d+(?:\\.\\d+)?B\\s+model)\\s*$");
    static final Pattern COORDINATED_OBJECT = Pattern.compile(
            "^(?:[^,;:]*?)(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|as\\s+well\\s+as)\\s+)(?:the\\s+)?$");
    static final Pattern CONTEXT_ATTACHED = Pattern.compile("\\s*[(,:]?\\s*(?:with\\s+)?(?:an?\\s+)?");
    static final Pattern COUNT_ATTACHED = Pattern.compile(
            "\\s*[(,:]?\\s*(?:(?:has|have|had|with|at|is|was|uses|contains|totals?|of|a|an|in|size)\\s+){0,3}");
    static final Pattern BEFORE_NAME = Pattern.compile("\\s*(?:language\\s+)?");
    static final Pattern AFTER_BENCHMARK = Pattern.compile(
            "\\s*(?:\\([^)]*\\)\\s*)?(?:[:=]|is|of|at|score[sd]?)?\\s*(?:an?\\s+)?(?:score\\s+of\\s+)?");
    static final Pattern ON_OR_IN = Pattern.compile("\\s*(?:on|in)\\s+(?:the\\s+)?");
    static final Pattern METRIC_BEFORE = Pattern.compile(
            "(?i)\\b(?:F1|EM|accuracy|score|BLEU|ROUGE(?:-L)?|Elo|rating|pass@\\d+)\\s*(?:of|is|:|=)?\\s*$");
    static final Pattern OPENING = Pattern.compile("\\s*\\(\\s*");
    static final Pattern CLOSING = Pattern.compile("\\s*\\)");
    static final Pattern NUMBER_WORD = Pattern.compile("[\\d.]+%?");
    static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\d.@-]+");
    static final Pattern RIGHT_BEFORE = Pattern.compile("\\s*[:(]?\\s*");
    static final Pattern PAIR_PUNCTUATION = Pattern.compile("[%:()]");
    static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)");
    static final Pattern NUMBER_LIST_GAP = Pattern.compile("\\s*(?:,|and|,\\s*and)\\s*");
    /** What starts a clause that may repeat the one before with other numbers. */
    static final Pattern PARALLEL_BOUNDARY = Pattern.compile(
            ";|\\bcompared\\s+(?:to|with)\\b|\\bagainst\\b|\\bversus\\b|\\bwhile\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern LIST_BEFORE_BENCHMARK = Pattern.compile(
            "[\\s()%,]*(?:(?:and|or)[\\s()%,]*)?(?:[\\p{L}\\d.\\- ]{0,40}?[\\s()%,]+)?(?:on|in|for)\\s+(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);
    static final Pattern BRACKETED_NUMBER = Pattern.compile("\\(\\s*[\\d.]+\\s*%?\\s*\\)");
    /** Letters that every comparative phrase contains, for a quick first look. */
    static final String[] COMPARATIVE_STEMS = {
        "outperform", "beat", "surpass", "exceed", "outscor", "better", "superior", "stronger", "ahead", "edge",
        "worse", "inferior", "underperform", "weaker", "similar", " par ", "comparable", "rival", "match",
        "as good", "competitive"
    };
    static final Pattern RESPECTIVELY = Pattern.compile("\\b(?:respectively|in\\s+that\\s+order|in\\s+the\\s+same\\s+order)\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern TOPIC_LABEL = Pattern.compile("^(?:(?!(?<!vs)\\.\\s)[^:;\\n]){1,60}?:(?=\\s|$)");

    /** Words that may stand between a model's name and its score ("GPT-4 gets an F1 of 80.9"). */
    static final Set<String> FILLER = Set.of(
            "gets", "get", "got", "reaches", "reached", "reach", "scores", "scored", "score", "achieves", "achieved",
            "achieve", "hits", "is", "was", "are", "were", "at", "of", "with", "a", "an", "the", "on", "accuracy",
            "f1", "em", "comes", "came", "out", "obtains", "obtained", "records", "reports", "reported", "posts",
            "to", "only", "about", "around", "roughly", "just", "nearly", "approximately", "base", "model", "models",
            "pretrained", "chat", "instruct", "yields", "gives", "attains", "attained", "delivers", "and", "up",
            "pass", "rate", "exact", "match", "win", "average", "avg", "points", "pts", "here", "now", "still",
            "lands", "sits", "stands", "has", "had", "performance", "result", "results", "overall", "than",
            "better", "much", "slightly", "far", "also", "while", "whereas", "reaching", "scoring", "getting",
            "achieving", "by", "in", "its", "vs", "vs.", "versus", "which", "that", "who", "solves", "solved", "s",
            "solving");
}
