package dev.claimgraph.bench;

import dev.claimgraph.extract.Extractor;
import dev.claimgraph.rdf.ClaimGraphMapper;
import dev.claimgraph.store.ClaimStore;
import dev.claimgraph.store.IngestOptions;
import dev.claimgraph.store.IngestPipeline;
import dev.claimgraph.store.IngestReport;
import dev.claimgraph.store.ProgressListener;
import java.nio.file.Path;
import java.util.List;

/** Times the real ingest path, {@link IngestPipeline}, over a folder of summaries into a fresh TDB2 store. */
public final class IngestBench {

    private final Extractor extractor;
    private final ClaimGraphMapper mapper;

    public IngestBench(Extractor extractor, ClaimGraphMapper mapper) {
        this.extractor = extractor;
        this.mapper = mapper;
    }

    /** The outcome of one ingest: documents and quads stored (reference graph included) and the time taken. */
    public record Result(long documents, long quads, long nanos) {

        public Rate documentRate() {
            return new Rate(documents, nanos);
        }

        public Rate quadRate() {
            return new Rate(quads, nanos);
        }
    }

    /**
     * Ingests the summaries in {@code corpus} into a new store in {@code folder}, which must not
     * exist or be empty; the time includes opening and closing the store, as a command would.
     */
    public Result ingest(Path corpus, Path folder, IngestOptions options) {
        long start = System.nanoTime();
        IngestReport report;
        try (ClaimStore store = ClaimStore.open(folder, mapper.reference())) {
            report = new IngestPipeline(store, extractor, mapper, options).run(List.of(corpus), ProgressListener.NONE);
        }
        long nanos = System.nanoTime() - start;
        if (!report.succeeded()) {
            throw new IllegalStateException(report.failed() + " files failed, first: " + report.failures().get(0));
        }
        long quads = report.quadsWritten() + mapper.reference().size();
        return new Result(report.added() + report.replaced(), quads, nanos);
    }
}
