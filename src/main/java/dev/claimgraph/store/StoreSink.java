package dev.claimgraph.store;

import java.util.Collection;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;

/**
 * A local store as the sink of an ingest run: batches go into one write transaction that stays
 * open until the run commits, on the thread that runs the ingest.
 */
final class StoreSink implements DocumentSink {

    private final ClaimStore store;
    private final Dataset dataset;

    StoreSink(ClaimStore store) {
        this.store = store;
        this.dataset = store.dataset();
    }

    @Override
    public List<StoredSource> sources() {
        return store.sources();
    }

    @Override
    public List<IngestOutcome> putAll(Collection<DocumentGraph> documents) {
        if (!dataset.isInTransaction()) {
            dataset.begin(TxnType.WRITE);
        }
        return store.writeAll(documents);
    }

    @Override
    public boolean defersWrites() {
        return true;
    }

    @Override
    public void commit() {
        end(dataset::commit);
    }

    @Override
    public void abort() {
        end(dataset::abort);
    }

    @Override
    public void finish() {
        store.refreshScoreTable();
    }

    /** Commits or aborts the open transaction, if there is one, and ends it either way. */
    private void end(Runnable outcome) {
        if (dataset.isInTransaction()) {
            try {
                outcome.run();
            } finally {
                dataset.end();
            }
        }
    }
}
