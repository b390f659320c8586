package dev.claimgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Samples used heap in a background thread and reports the highest value seen; the JVM's own
 * pool peaks are read too, because a short spike between two samples would otherwise be missed.
 */
public final class HeapSampler implements AutoCloseable {

    private static final long INTERVAL_MILLIS = 20;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakSampled;

    private HeapSampler() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        thread = new Thread(this::loop, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    public static HeapSampler start() {
        return new HeapSampler();
    }

    /** The highest heap use sampled so far, in bytes. */
    public long peakSampledBytes() {
        return Math.max(peakSampled, memory.getHeapMemoryUsage().getUsed());
    }

    /**
     * The sum of the heap pools' peaks since the start; an upper bound, as pools peak at
     * different moments.
     */
    public long poolPeakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The maximum heap the JVM may use, in bytes, or -1 when unbounded. */
    public long maxBytes() {
        return memory.getHeapMemoryUsage().getMax();
    }

    private void loop() {
        while (running) {
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used > peakSampled) {
                peakSampled = used;
            }
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
