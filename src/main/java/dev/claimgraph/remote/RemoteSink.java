package dev.claimgraph.remote;

import dev.claimgraph.rdf.CG;
import dev.claimgraph.rdf.IriMinter;
import dev.claimgraph.store.DocumentGraph;
import dev.claimgraph.store.DocumentSink;
import dev.claimgraph.store.IngestOutcome;
import dev.claimgraph.store.StoredSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * Writes an ingest run's graphs to a remote store, one Graph Store Protocol PUT per changed
 * document, and stops writing once the endpoint has refused in a way that holds for every request.
 */
public final class RemoteSink implements DocumentSink {

    private final RemoteStore store;
    private EndpointException refusal;

    public RemoteSink(RemoteStore store) {
        this.store = store;
    }

    @Override
    public List<StoredSource> sources() {
        return store.sources();
    }

    @Override
    public List<IngestOutcome> putAll(Collection<DocumentGraph> documents) {
        List<IngestOutcome> outcomes = new ArrayList<>();
        for (DocumentGraph document : documents) {
            outcomes.add(put(document));
        }
        return outcomes;
    }

    /** Writes the reference graph unless the stored one already has the same triples. */
    public IngestOutcome putReference(Graph reference) {
        return guarded(() -> {
            Graph stored = store.fetch(CG.REFERENCE_GRAPH);
            if (!stored.isEmpty() && stored.isIsomorphicWith(reference)) {
                return IngestOutcome.SKIPPED;
            }
            store.put(CG.REFERENCE_GRAPH, reference);
            return stored.isEmpty() ? IngestOutcome.ADDED : IngestOutcome.REPLACED;
        });
    }

    /** The refusal that stopped this sink, if one did. */
    public Optional<EndpointException> refusal() {
        return Optional.ofNullable(refusal);
    }

    private IngestOutcome put(DocumentGraph document) {
        return guarded(() -> {
            // Asked again right before the PUT: another ingest may have written it since the run began.
            Optional<StoredSource> stored = store.source(document.sourceName());
            if (stored.isPresent() && stored.get().contentHash().equals(document.contentHash())
                    && stored.get().extractorVersion().equals(document.extractorVersion())) {
                return IngestOutcome.SKIPPED;
            }
            store.put(IriMinter.source(document.sourceName()), document.graph());
            return stored.isPresent() ? IngestOutcome.REPLACED : IngestOutcome.ADDED;
        });
    }

    private IngestOutcome guarded(java.util.function.Supplier<IngestOutcome> work) {
        if (refusal != null) {
            throw refusal;
        }
        try {
            return work.get();
        } catch (EndpointException e) {
            if (e.refusesAll()) {
                refusal = e;
            }
            throw e;
        }
    }
}
