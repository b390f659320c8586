package dev.claimgraph.bench;

/** How many items some work handled in how many nanoseconds. */
public record Rate(long items, long nanos) {

    public double perSecond() {
        return nanos == 0 ? 0 : items * 1e9 / nanos;
    }

    public double seconds() {
        return nanos / 1e9;
    }
}
