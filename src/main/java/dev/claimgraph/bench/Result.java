package dev.claimgraph.bench;

import java.util.Locale;

/** One score a generated paper reports: model, benchmark, setting and percentage. */
record Result(PoolModel model, PoolBenchmark benchmark, double score) {

    /** The score as papers print it, with one decimal and a percent sign. */
    String text() {
        return String.format(Locale.ROOT, "%.1f%%", score);
    }
}
