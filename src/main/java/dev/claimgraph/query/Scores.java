package dev.claimgraph.query;

import dev.claimgraph.store.ScoreSummarizer;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** Direction-aware comparison of scores and the choice of one value where sources disagree. */
final class Scores {

    private Scores() {}

    static String plain(BigDecimal score) {
        return score == null ? "" : score.toPlainString();
    }

    /** Orders scores best first: descending when higher is better, ascending otherwise. */
    static Comparator<BigDecimal> bestFirst(boolean higherIsBetter) {
        return higherIsBetter ? Comparator.reverseOrder() : Comparator.naturalOrder();
    }

    /** Positive when {@code a} beats {@code b}, by how much; negative when it loses. */
    static BigDecimal advantage(BigDecimal a, BigDecimal b, boolean higherIsBetter) {
        return higherIsBetter ? a.subtract(b) : b.subtract(a);
    }

    static BigDecimal min(List<ScoreReport> reports) {
        return reports.stream().map(ScoreReport::score).min(Comparator.naturalOrder()).orElseThrow();
    }

    static BigDecimal max(List<ScoreReport> reports) {
        return reports.stream().map(ScoreReport::score).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** The value that stands for a group of reports of one score, as printed in one of them (see {@link ScoreSummarizer#representative}). */
    static BigDecimal representative(List<ScoreReport> reports) {
        BigDecimal winner = ScoreSummarizer.representative(reports, ScoreReport::score, ScoreReport::date,
                reports.get(0).higherIsBetter());
        return reports.stream().map(ScoreReport::score).filter(s -> s.compareTo(winner) == 0).findFirst().orElseThrow();
    }

    /** True when every report lies within {@code tolerance} of every other. */
    static boolean agree(List<ScoreReport> reports, BigDecimal tolerance) {
        return max(reports).subtract(min(reports)).compareTo(tolerance) <= 0;
    }
}
