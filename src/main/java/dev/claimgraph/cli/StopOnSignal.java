package dev.claimgraph.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Turns Ctrl-C or SIGTERM during a command into a stop request that the command polls, and holds
 * the JVM open until the command has finished its current unit of work and closed the store.
 *
 * <p>The process then exits with the JVM's status for the signal: 130 after Ctrl-C (SIGINT),
 * 143 after SIGTERM.
 */
final class StopOnSignal implements BooleanSupplier, AutoCloseable {

    // A commit that takes longer than this is abandoned; TDB2 rolls it back on the next open.
    private static final long GRACE_SECONDS = 60;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopAndWait, "claimgraph-stop-on-signal");
    private volatile boolean requested;

    private StopOnSignal() {}

    /** Registers the shutdown hook; close the result when the command is done. */
    static StopOnSignal install() {
        StopOnSignal stop = new StopOnSignal();
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** True once a signal asked the command to stop. */
    @Override
    public boolean getAsBoolean() {
        return requested;
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down already, through this very hook.
        }
    }

    private void stopAndWait() {
        requested = true;
        try {
            finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
