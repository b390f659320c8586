package dev.claimgraph.bench;

import dev.claimgraph.extract.Extractor;
import dev.claimgraph.rdf.ClaimGraphMapper;
import dev.claimgraph.rdf.Hashes;
import dev.claimgraph.source.SourceException;
import dev.claimgraph.source.SourceReader;
import dev.claimgraph.store.ClaimStore;
import dev.claimgraph.store.DocumentGraph;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Times extracting, mapping and storing a corpus in a fresh TDB2 store: documents are extracted in
 * parallel while the previous batch is written, one write transaction per batch.
 */
public final class IngestBench {

    /** Documents per write transaction. */
    public static final int BATCH = 500;

    private final Extractor extractor;
    private final ClaimGraphMapper mapper;

    public IngestBench(Extractor extractor, ClaimGraphMapper mapper) {
        this.extractor = extractor;
        this.mapper = mapper;
    }

    /** The outcome of one ingest: documents and quads stored and the time taken. */
    public record Result(long documents, long quads, long nanos) {

        public Rate documentRate() {
            return new Rate(documents, nanos);
        }

        public Rate quadRate() {
            return new Rate(quads, nanos);
        }
    }

    /** Ingests the texts into a new store in {@code folder}, which must not exist or be empty. */
    public Result ingest(List<SourceText> texts, Path folder, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long quads = 0;
        try (ClaimStore store = ClaimStore.open(folder, mapper.reference())) {
            // Two batches in flight: the next one is extracted while the current one is written.
            Deque<List<Future<DocumentGraph>>> inFlight = new ArrayDeque<>();
            int submitted = 0;
            while (submitted < texts.size() || !inFlight.isEmpty()) {
                while (inFlight.size() < 2 && submitted < texts.size()) {
                    int end = Math.min(texts.size(), submitted + BATCH);
                    List<Future<DocumentGraph>> batch = new ArrayList<>(end - submitted);
                    for (int i = submitted; i < end; i++) {
                        SourceText s = texts.get(i);
                        batch.add(pool.submit(() -> map(s)));
                    }
                    inFlight.add(batch);
                    submitted = end;
                }
                List<DocumentGraph> graphs = new ArrayList<>(BATCH);
                for (Future<DocumentGraph> f : inFlight.poll()) {
                    DocumentGraph g = f.get();
                    graphs.add(g);
                    quads += g.graph().size();
                }
                store.putAll(graphs);
            }
            quads += mapper.reference().size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("ingest failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(texts.size(), quads, System.nanoTime() - start);
    }

    private DocumentGraph map(SourceText s) throws SourceException {
        var result = extractor.extract(new SourceReader().read(s.fileName(), s.text()));
        String hash = Hashes.sha256(result.document().text());
        return new DocumentGraph(result.document().name(), hash, Extractor.VERSION,
                mapper.map(result, hash, Extractor.VERSION));
    }
}
