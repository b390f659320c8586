package dev.claimgraph.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.graph.Node;

/** Sums up the score claims on one benchmark into one summary per model and setting. */
public final class ScoreSummarizer {

    private ScoreSummarizer() {}

    /** The summaries of the observations, one per (model, setting), in order of first appearance. */
    public static List<ScoreSummary> summarise(Node benchmark, boolean higherIsBetter,
            Collection<ScoreObservation> observations) {
        Map<List<Node>, List<ScoreObservation>> groups = new LinkedHashMap<>();
        for (ScoreObservation o : observations) {
            groups.computeIfAbsent(List.of(o.model(), o.setting()), k -> new ArrayList<>()).add(o);
        }
        List<ScoreSummary> summaries = new ArrayList<>(groups.size());
        for (List<ScoreObservation> group : groups.values()) {
            summaries.add(summary(benchmark, higherIsBetter, group));
        }
        return summaries;
    }

    private static ScoreSummary summary(Node benchmark, boolean higherIsBetter, List<ScoreObservation> group) {
        BigDecimal min = group.get(0).value();
        BigDecimal max = min;
        Map<Node, BigDecimal[]> rangeBySource = new LinkedHashMap<>();
        for (ScoreObservation o : group) {
            min = min.min(o.value());
            max = max.max(o.value());
            BigDecimal[] range = rangeBySource.computeIfAbsent(o.source(), s -> new BigDecimal[] {o.value(), o.value()});
            range[0] = range[0].min(o.value());
            range[1] = range[1].max(o.value());
        }
        ScoreObservation first = group.get(0);
        return new ScoreSummary(first.model(), benchmark, first.setting(),
                representative(group, ScoreObservation::value, ScoreObservation::date, higherIsBetter),
                min, max, group.size(), rangeBySource.size(), crossSourceSpread(rangeBySource),
                claimsWith(group, min), claimsWith(group, max));
    }

    /**
     * The value that stands for several reports of one score, without trailing zeros: the value
     * most reports give, then the one from the latest paper, then the better one, so that a rank
     * does not hinge on which of two disagreeing papers was read first.
     */
    public static <T> BigDecimal representative(List<T> reports, Function<T, BigDecimal> value,
            Function<T, String> date, boolean higherIsBetter) {
        Map<BigDecimal, Integer> counts = new LinkedHashMap<>();
        Map<BigDecimal, String> latest = new LinkedHashMap<>();
        for (T r : reports) {
            BigDecimal key = value.apply(r).stripTrailingZeros();
            counts.merge(key, 1, Integer::sum);
            String d = Objects.requireNonNullElse(date.apply(r), "");
            latest.merge(key, d, (x, y) -> x.compareTo(y) >= 0 ? x : y);
        }
        Comparator<BigDecimal> better = higherIsBetter ? Comparator.naturalOrder() : Comparator.reverseOrder();
        Comparator<BigDecimal> order = Comparator.<BigDecimal>comparingInt(counts::get)
                .thenComparing(latest::get)
                .thenComparing(better);
        return counts.keySet().stream().max(order).orElseThrow();
    }

    /**
     * The largest difference between values of two different sources. Only the sources holding
     * the highest and the lowest value matter, and the runners-up from other sources when one
     * source holds both.
     */
    static BigDecimal crossSourceSpread(Map<Node, BigDecimal[]> rangeBySource) {
        if (rangeBySource.size() < 2) {
            return BigDecimal.ZERO;
        }
        Node highest = null;
        Node lowest = null;
        for (Map.Entry<Node, BigDecimal[]> e : rangeBySource.entrySet()) {
            if (highest == null || e.getValue()[1].compareTo(rangeBySource.get(highest)[1]) > 0) {
                highest = e.getKey();
            }
            if (lowest == null || e.getValue()[0].compareTo(rangeBySource.get(lowest)[0]) < 0) {
                lowest = e.getKey();
            }
        }
        BigDecimal high = rangeBySource.get(highest)[1];
        BigDecimal low = rangeBySource.get(lowest)[0];
        if (!highest.equals(lowest)) {
            return high.subtract(low);
        }
        BigDecimal otherHigh = null;
        BigDecimal otherLow = null;
        for (Map.Entry<Node, BigDecimal[]> e : rangeBySource.entrySet()) {
            if (!e.getKey().equals(highest)) {
                otherHigh = otherHigh == null ? e.getValue()[1] : otherHigh.max(e.getValue()[1]);
                otherLow = otherLow == null ? e.getValue()[0] : otherLow.min(e.getValue()[0]);
            }
        }
        return high.subtract(otherLow).max(otherHigh.subtract(low));
    }

    private static List<Node> claimsWith(List<ScoreObservation> group, BigDecimal value) {
        return group.stream().filter(o -> o.value().compareTo(value) == 0).map(ScoreObservation::claim)
                .sorted(Comparator.comparing(Node::getURI)).toList();
    }
}
