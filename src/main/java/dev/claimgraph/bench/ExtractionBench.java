package dev.claimgraph.bench;

import dev.claimgraph.extract.Extractor;
import dev.claimgraph.source.SourceException;
import dev.claimgraph.source.SourceReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Times reading and extracting summaries held in memory, so the disk is not measured. */
public final class ExtractionBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Extractor extractor;

    public ExtractionBench(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Extracts the texts until at least {@code minNanos} have passed, so the JIT has compiled the hot paths. */
    public void warmUp(List<SourceText> texts, int threads, long minNanos) {
        long start = System.nanoTime();
        do {
            run(texts, threads);
        } while (System.nanoTime() - start < minNanos);
    }

    /** Extracts every text once on {@code threads} threads, timing wall clock and the workers' CPU time. */
    public Throughput measure(List<SourceText> texts, int threads) {
        long start = System.nanoTime();
        long cpu = run(texts, threads);
        return new Throughput(texts.size(), System.nanoTime() - start, cpu, threads);
    }

    /** Returns the CPU nanoseconds the workers used. */
    private long run(List<SourceText> texts, int threads) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long cpuStart = cpuTime();
                    SourceReader reader = new SourceReader();
                    long claims = 0;
                    for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                        claims += extract(reader, texts.get(i));
                    }
                    return new long[] {cpuTime() - cpuStart, claims};
                }));
            }
            long cpu = 0;
            long claims = 0;
            for (Future<long[]> w : workers) {
                long[] r = w.get();
                cpu += r[0];
                claims += r[1];
            }
            if (claims < 0) {
                throw new IllegalStateException("unreachable");
            }
            return cpu;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long cpuTime() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    // The claim count is returned and summed so the JIT cannot drop the extraction as dead code.
    private int extract(SourceReader reader, SourceText s) {
        try {
            return extractor.extract(reader.read(s.fileName(), s.text())).claims().size();
        } catch (SourceException e) {
            throw new IllegalStateException(s.fileName() + ": " + e.getMessage(), e);
        }
    }
}
