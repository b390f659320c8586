package dev.claimgraph.bench;

/**
 * One timed pass of work on some threads: items handled, wall-clock time and the CPU time the
 * threads themselves used, which is unaffected by other processes taking the cores.
 */
public record Throughput(long items, long wallNanos, long cpuNanos, int threads) {

    /** Items per wall-clock second. */
    public Rate wall() {
        return new Rate(items, wallNanos);
    }

    /** Items per CPU second of the working threads, that is per fully used core. */
    public Rate cpu() {
        return new Rate(items, cpuNanos);
    }
}
