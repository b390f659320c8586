package dev.claimgraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the numbers in a text that could be scores, leaving out sizes, counts, years and ranks. */
final class NumberFinder {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.@$€£/\\-\u2212\u2013])(?<num>\\d{1,4}(?:\\.\\d+)?|\\.\\d+)(?<pct>\\s?%)?(?![\\w@]|\\.\\d|/\\d|\\s?(?:x|×)\\b)");

    /** Words after a number that say it is a count, a size or a span, not a score. */
    private static final Pattern NOT_A_SCORE_AFTER = Pattern.compile(
            "^\\s*(?:-\\s*)?(?:points?|pts|tokens?|languages?|of\\b|out of|samples|shots?|times|layers?|heads?|experts?"
                    + "|benchmarks?|tasks?|days?|hours?|years?|months?|GPUs?|TPUs?|steps?|epochs?|examples?|words?"
                    + "|billion|million|trillion|thousand|parameters?|params|percentile|th\\b|st\\b|nd\\b|rd\\b"
                    + "|k\\b|K\\b|x\\b|[-–]\\s*\\d|to\\s+\\d|and\\s+\\d+\\s*(?:parameters|billion)|lines?|pages?)",
            Pattern.CASE_INSENSITIVE);

    /** Words before a number that make it a count or a rank. */
    private static final Pattern NOT_A_SCORE_BEFORE = Pattern.compile(
            "(?:top|bottom|around the|Table|Figure|Section|Appendix|[Ss]tep|#|rank|ranked|v|@|from|between"
                    + "|Llama|GPT|version|[Ww]indow size)\\s*$");

    /** The last characters of the words of NOT_A_SCORE_BEFORE; keep the two together. */
    private static final String BEFORE_WORD_ENDS = "pmenx#kdv@aT";

    private static final Pattern RANK_BEFORE = Pattern.compile("(?:top|bottom)\\s*$");

    private NumberFinder() {}

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a number may start at {@code at}: a digit, or a point before one, that does not go on
     * a word or a number; the full pattern is tried only there.
     */
    private static boolean mayStartAt(String text, int at) {
        char c = text.charAt(at);
        boolean digit = c >= '0' && c <= '9';
        boolean pointBeforeDigit = c == '.' && at + 1 < text.length()
                && text.charAt(at + 1) >= '0' && text.charAt(at + 1) <= '9';
        if (!digit && !pointBeforeDigit) {
            return false;
        }
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        return !(before >= '0' && before <= '9' || before >= 'A' && before <= 'Z' || before >= 'a' && before <= 'z'
                || before == '_' || before == '.');
    }

    /**
     * Whether {@code before} may end with a word of NOT_A_SCORE_BEFORE: its last character after
     * spaces (and a final line break, which "$" allows) must end one; most texts before a number fail.
     */
    private static boolean mayEndWithWordBefore(String before) {
        int end = before.length();
        if (end > 0 && "\u0085\u2028\u2029".indexOf(before.charAt(end - 1)) >= 0) {
            end--;
        }
        while (end > 0 && " \t\n\u000B\f\r".indexOf(before.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && BEFORE_WORD_ENDS.indexOf(before.charAt(end - 1)) >= 0;
    }

    /** Every number of {@code text} that may be a score. */
    static List<ScoreMention> find(String text) {
        List<ScoreMention> found = new ArrayList<>();
        if (!hasDigit(text)) {
            return found; // headings and names: nothing to look for
        }
        GuardedSearch search = new GuardedSearch(NUMBER, text, at -> mayStartAt(text, at));
        while (search.next()) {
            Matcher m = search.matcher();
            String num = m.group("num");
            boolean percent = m.group("pct") != null;
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
            String before = text.substring(Math.max(0, m.start() - 20), m.start());
            if (!percent && NOT_A_SCORE_AFTER.matcher(after).lookingAt()) {
                continue;
            }
            if (!percent && mayEndWithWordBefore(before) && NOT_A_SCORE_BEFORE.matcher(before).find()) {
                continue;
            }
            if (percent && RANK_BEFORE.matcher(before).find()) {
                continue;
            }
            if (num.length() > 1 && num.startsWith("0") && !num.startsWith("0.")) {
                continue; // "GPT-4 (0613)" is a version, not a score
            }
            BigDecimal value = new BigDecimal(num.startsWith(".") ? "0" + num : num);
            if (!percent && value.scale() == 0 && value.compareTo(BigDecimal.valueOf(1900)) >= 0) {
                continue;
            }
            if (percent && value.compareTo(BigDecimal.valueOf(100)) > 0) {
                continue; // "a 250% gain" is a change, not a score
            }
            ScoreUnit unit = percent ? ScoreUnit.PERCENT
                    : value.compareTo(BigDecimal.ONE) < 0 && value.scale() > 0 ? ScoreUnit.FRACTION : ScoreUnit.POINTS;
            found.add(new ScoreMention(m.start(), m.end(), value, m.group().strip(), unit));
        }
        return found;
    }
}
