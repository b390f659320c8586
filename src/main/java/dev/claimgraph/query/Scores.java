package dev.claimgraph.query;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /**
     * The value that stands for a group of reports of one score: the value most sources give, then
     * the one from the latest paper, then the better one, so that a rank does not hinge on which
     * of two disagreeing papers was read first.
     */
    static BigDecimal representative(List<ScoreReport> reports) {
        Map<BigDecimal, Integer> counts = new LinkedHashMap<>();
        Map<BigDecimal, String> latest = new LinkedHashMap<>();
        for (ScoreReport r : reports) {
            BigDecimal key = r.score().stripTrailingZeros();
            counts.merge(key, 1, Integer::sum);
            String date = Objects.requireNonNullElse(r.date(), "");
            latest.merge(key, date, (x, y) -> x.compareTo(y) >= 0 ? x : y);
        }
        boolean higher = reports.get(0).higherIsBetter();
        Comparator<BigDecimal> order = Comparator.<BigDecimal>comparingInt(counts::get)
                .thenComparing(latest::get)
                .thenComparing(bestFirst(higher).reversed());
        BigDecimal winner = counts.keySet().stream().max(order).orElseThrow();
        return reports.stream().map(ScoreReport::score).filter(s -> s.compareTo(winner) == 0).findFirst().orElseThrow();
    }

    /** True when every report lies within {@code tolerance} of every other. */
    static boolean agree(List<ScoreReport> reports, BigDecimal tolerance) {
        return max(reports).subtract(min(reports)).compareTo(tolerance) <= 0;
    }
}
