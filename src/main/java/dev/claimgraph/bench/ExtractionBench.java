package dev.claimgraph.bench;

import dev.claimgraph.extract.Extractor;
import dev.claimgraph.source.SourceException;
import dev.claimgraph.source.SourceReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Times reading and extracting summaries held in memory, so the disk is not measured. */
public final class ExtractionBench {

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

    /** Extracts every text once on {@code threads} threads and returns the rate. */
    public Rate measure(List<SourceText> texts, int threads) {
        long start = System.nanoTime();
        long claims = run(texts, threads);
        long nanos = System.nanoTime() - start;
        if (claims < 0) {
            throw new IllegalStateException("unreachable");
        }
        return new Rate(texts.size(), nanos);
    }

    private long run(List<SourceText> texts, int threads) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    SourceReader reader = new SourceReader();
                    long claims = 0;
                    for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                        SourceText s = texts.get(i);
                        claims += extract(reader, s);
                    }
                    return claims;
                }));
            }
            long claims = 0;
            for (Future<Long> w : workers) {
                claims += w.get();
            }
            return claims;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
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
