package dev.claimgraph.store;

import java.util.Collection;
import java.util.List;

/** Where an ingest run's document graphs go: a local {@link ClaimStore} or a remote store. */
public interface DocumentSink {

    /** The sources stored already, so that unchanged files are skipped before extraction. */
    List<StoredSource> sources();

    /**
     * Writes the graphs, each skipped when the stored one has the same content hash and extractor
     * version; outcomes are in the same order. A sink that {@link #defersWrites() defers writes}
     * makes them durable only at {@link #commit()}.
     */
    List<IngestOutcome> putAll(Collection<DocumentGraph> documents);

    /** True when writes wait for {@link #commit()}, so that a failure loses every write since the last one. */
    default boolean defersWrites() {
        return false;
    }

    /** Makes what {@link #putAll} wrote durable. */
    default void commit() {}

    /** Drops what {@link #putAll} wrote since the last commit. */
    default void abort() {}

    /** Brings what the sink derives from the graphs up to date, once the run has stored them all. */
    default void finish() {}

    /** A local store as a sink that writes many batches per transaction. */
    static DocumentSink of(ClaimStore store) {
        return new StoreSink(store);
    }
}
