package dev.claimgraph.store;

import java.util.Collection;
import java.util.List;

/** Where an ingest run's document graphs go: a local {@link ClaimStore} or a remote store. */
public interface DocumentSink {

    /** The sources stored already, so that unchanged files are skipped before extraction. */
    List<StoredSource> sources();

    /**
     * Stores the graphs, each skipped when the stored one has the same content hash and extractor
     * version; outcomes are in the same order.
     */
    List<IngestOutcome> putAll(Collection<DocumentGraph> documents);

    /** Brings what the sink derives from the graphs up to date, once the run has stored them all. */
    default void finish() {}

    /** A local store as a sink. */
    static DocumentSink of(ClaimStore store) {
        return new DocumentSink() {
            @Override
            public List<StoredSource> sources() {
                return store.sources();
            }

            @Override
            public List<IngestOutcome> putAll(Collection<DocumentGraph> documents) {
                return store.putAll(documents);
            }

            @Override
            public void finish() {
                store.refreshScoreTable();
            }
        };
    }
}
