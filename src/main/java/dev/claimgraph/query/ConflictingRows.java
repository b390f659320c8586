package dev.claimgraph.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the score rows whose claim has a score from another source of the same model, benchmark
 * and setting more than a tolerance away, in one pass per group rather than one scan per claim.
 */
final class ConflictingRows {

    private ConflictingRows() {}

    /** The rows, in their order, whose claim conflicts; rows need ?model, ?benchmark, ?setting, ?src and ?value. */
    static List<Row> keep(List<Row> rows, BigDecimal tolerance) {
        Map<String, Spread> groups = new HashMap<>();
        for (Row row : rows) {
            groups.computeIfAbsent(key(row), k -> new Spread()).add(row.text("src"), row.decimal("value"));
        }
        List<Row> kept = new ArrayList<>();
        for (Row row : rows) {
            if (groups.get(key(row)).conflicts(row.text("src"), row.decimal("value"), tolerance)) {
                kept.add(row);
            }
        }
        return kept;
    }

    private static String key(Row row) {
        return row.text("model") + "\u0000" + row.text("benchmark") + "\u0000" + row.text("setting");
    }

    /** The lowest and highest value of each source in one group, with the two extreme sources on each side. */
    private static final class Spread {

        private final Map<String, BigDecimal[]> bySource = new LinkedHashMap<>();
        private String highest;
        private String lowest;
        private BigDecimal secondHigh;
        private BigDecimal secondLow;

        void add(String source, BigDecimal value) {
            BigDecimal[] range = bySource.computeIfAbsent(source, s -> new BigDecimal[] {value, value});
            if (value.compareTo(range[0]) < 0) {
                range[0] = value;
            }
            if (value.compareTo(range[1]) > 0) {
                range[1] = value;
            }
        }

        /** True when another source has a value more than {@code tolerance} above or below {@code value}. */
        boolean conflicts(String source, BigDecimal value, BigDecimal tolerance) {
            if (highest == null) {
                rank();
            }
            // The extreme of the other sources is the group's extreme unless this source holds it.
            BigDecimal otherHigh = source.equals(highest) ? secondHigh : bySource.get(highest)[1];
            BigDecimal otherLow = source.equals(lowest) ? secondLow : bySource.get(lowest)[0];
            return otherHigh != null && otherHigh.subtract(value).compareTo(tolerance) > 0
                    || otherLow != null && value.subtract(otherLow).compareTo(tolerance) > 0;
        }

        /** Finds the sources with the highest and lowest values and the runners-up from other sources. */
        private void rank() {
            for (Map.Entry<String, BigDecimal[]> e : bySource.entrySet()) {
                if (highest == null || e.getValue()[1].compareTo(bySource.get(highest)[1]) > 0) {
                    highest = e.getKey();
                }
                if (lowest == null || e.getValue()[0].compareTo(bySource.get(lowest)[0]) < 0) {
                    lowest = e.getKey();
                }
            }
            for (Map.Entry<String, BigDecimal[]> e : bySource.entrySet()) {
                BigDecimal[] range = e.getValue();
                if (!e.getKey().equals(highest) && (secondHigh == null || range[1].compareTo(secondHigh) > 0)) {
                    secondHigh = range[1];
                }
                if (!e.getKey().equals(lowest) && (secondLow == null || range[0].compareTo(secondLow) < 0)) {
                    secondLow = range[0];
                }
            }
        }
    }
}
