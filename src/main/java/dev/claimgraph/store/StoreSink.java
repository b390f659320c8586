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
    private boolean open;

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
        documents.forEach(ClaimStore::requireStatedVersion);
        if (!open) {
            dataset.begin(TxnType.WRITE);
            open = true;
        }
        return store.writeAll(documents);
    }

    @Override
    public boolean defersWrites() {
        return true;
    }

    @Override
    public void commit() {
        if (open) {
            open = false;
            try {
                dataset.commit();
            } finally {
                dataset.end();
            }
        }
    }

    @Override
    public void abort() {
        if (open) {
            open = false;
            try {
                dataset.abort();
            } finally {
                dataset.end();
            }
        }
    }

    @Override
    public void finish() {
        store.refreshScoreTable();
    }
}
