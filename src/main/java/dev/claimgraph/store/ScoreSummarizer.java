package dev.claimgraph.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.graph.Node;

/**
 * Sums up the score claims on one benchmark into one summary per model and setting, one claim at
 * a time: memory follows the distinct values and sources per model, not the number of claims.
 */
public final class ScoreSummarizer {

    private final Node benchmark;
    private final boolean higherIsBetter;
    private final Map<List<Node>, Group> groups = new LinkedHashMap<>();

    public ScoreSummarizer(Node benchmark, boolean higherIsBetter) {
        this.benchmark = benchmark;
        this.higherIsBetter = higherIsBetter;
    }

    /** Counts one claim in. */
    public void add(ScoreObservation o) {
        groups.computeIfAbsent(List.of(o.model(), o.setting()), k -> new Group(o.model(), o.setting())).add(o);
    }

    /** The summaries so far, one per (model, setting), in order of first appearance. */
    public List<ScoreSummary> summaries() {
        List<ScoreSummary> summaries = new ArrayList<>(groups.size());
        for (Group g : groups.values()) {
            summaries.add(new ScoreSummary(g.model, benchmark, g.setting,
                    choose(g.counts, g.latest, higherIsBetter), g.min, g.max, g.reports, g.rangeBySource.size(),
                    crossSourceSpread(g.rangeBySource), sorted(g.lowClaims), sorted(g.highClaims)));
        }
        return summaries;
    }

    /**
     * The value that stands for several reports of one score, without trailing zeros: the value
     * most reports give, then the one from the latest paper, then the better one, so that a rank
     * does not hinge on which of two disagreeing papers was read first.
     */
    public static <T> BigDecimal representative(List<T> reports, Function<T, BigDecimal> value,
            Function<T, String> date, boolean higherIsBetter) {
        Map<BigDecimal, Integer> counts = new HashMap<>();
        Map<BigDecimal, String> latest = new HashMap<>();
        for (T r : reports) {
            count(counts, latest, value.apply(r), date.apply(r));
        }
        return choose(counts, latest, higherIsBetter);
    }

    private static void count(Map<BigDecimal, Integer> counts, Map<BigDecimal, String> latest, BigDecimal value,
            String date) {
        BigDecimal key = value.stripTrailingZeros();
        counts.merge(key, 1, Integer::sum);
        latest.merge(key, Objects.requireNonNullElse(date, ""), (x, y) -> x.compareTo(y) >= 0 ? x : y);
    }

    private static BigDecimal choose(Map<BigDecimal, Integer> counts, Map<BigDecimal, String> latest,
            boolean higherIsBetter) {
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

    private static List<Node> sorted(List<Node> claims) {
        return claims.stream().sorted(Comparator.comparing(Node::getURI)).toList();
    }

    /** What one model's reports under one setting add up to so far. */
    private static final class Group {

        final Node model;
        final Node setting;
        final Map<BigDecimal, Integer> counts = new HashMap<>();
        final Map<BigDecimal, String> latest = new HashMap<>();
        final Map<Node, BigDecimal[]> rangeBySource = new LinkedHashMap<>();
        final List<Node> lowClaims = new ArrayList<>();
        final List<Node> highClaims = new ArrayList<>();
        BigDecimal min;
        BigDecimal max;
        int reports;

        Group(Node model, Node setting) {
            this.model = model;
            this.setting = setting;
        }

        void add(ScoreObservation o) {
            BigDecimal v = o.value();
            reports++;
            count(counts, latest, v, o.date());
            BigDecimal[] range = rangeBySource.computeIfAbsent(o.source(), s -> new BigDecimal[] {v, v});
            range[0] = range[0].min(v);
            range[1] = range[1].max(v);
            if (min == null || v.compareTo(min) < 0) {
                min = v;
                lowClaims.clear();
            }
            if (v.compareTo(min) == 0) {
                lowClaims.add(o.claim());
            }
            if (max == null || v.compareTo(max) > 0) {
                max = v;
                highClaims.clear();
            }
            if (v.compareTo(max) == 0) {
                highClaims.add(o.claim());
            }
        }
    }
}
