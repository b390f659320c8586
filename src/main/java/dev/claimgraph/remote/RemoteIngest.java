package dev.claimgraph.remote;

import dev.claimgraph.extract.Extractor;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.rdf.ClaimGraphMapper;
import dev.claimgraph.source.SourceReader;
import dev.claimgraph.store.IngestOptions;
import dev.claimgraph.store.IngestPipeline;
import dev.claimgraph.store.IngestReport;
import dev.claimgraph.store.ProgressListener;
import java.nio.file.Path;
import java.util.List;

/** Ingests summary files into a remote store exactly as into a local one, but over HTTP. */
public final class RemoteIngest {

    private final RemoteStore store;
    private final Lexicon lexicon;

    public RemoteIngest(RemoteStore store, Lexicon lexicon) {
        this.store = store;
        this.lexicon = lexicon;
    }

    /**
     * Writes the reference graph if it differs, then every changed document's graph.
     *
     * @throws EndpointException when the endpoint cannot be reached or refuses all writes
     */
    public IngestReport run(IngestOptions options, ProgressListener progress, List<Path> paths) {
        ClaimGraphMapper mapper = new ClaimGraphMapper(lexicon);
        RemoteSink sink = new RemoteSink(store);
        // First, so that an unreachable or read-only endpoint fails once, before any extraction.
        sink.putReference(mapper.reference());
        // One document per batch: each PUT is its own transaction, so each file's outcome is its own.
        IngestReport report = new IngestPipeline(sink, new Extractor(lexicon), mapper, new SourceReader(),
                options.withBatchSize(1)).run(paths, progress);
        sink.refusal().ifPresent(e -> {
            throw e;
        });
        return report;
    }
}
