package dev.claimgraph.bench;

import java.util.Arrays;

/** Median and 95th percentile of repeated timings of one query, with the rows it returned. */
public record Latency(String name, int runs, double medianMillis, double p95Millis, long rows) {

    /** Summarises timings in nanoseconds by nearest rank. */
    static Latency of(String name, long[] nanos, long rows) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latency(name, sorted.length, rank(sorted, 0.50) / 1e6, rank(sorted, 0.95) / 1e6, rows);
    }

    private static long rank(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
