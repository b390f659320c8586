package dev.claimgraph.store;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TDB2 databases this process has open, counted per folder, so that the last store closed on
 * a folder releases its database.
 */
final class OpenDatabases {

    private static final Logger LOG = LoggerFactory.getLogger(OpenDatabases.class);

    // TDB2 hands out one dataset per folder and keeps it, with its caches, files and the folder's
    // lock, until it is expelled: closing the dataset itself does nothing.
    private static final Map<DatasetGraph, Integer> OPEN = new IdentityHashMap<>();

    private OpenDatabases() {}

    /** The database in {@code folder}, created if needed. */
    static synchronized Dataset open(Path folder) {
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        OPEN.merge(dataset.asDatasetGraph(), 1, Integer::sum);
        return dataset;
    }

    /** Gives one opening back; the last releases the database (files closed, lock freed). */
    static synchronized void close(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Integer count = OPEN.get(dsg);
        if (count == null) {
            return;
        }
        if (count > 1) {
            OPEN.put(dsg, count - 1);
            return;
        }
        OPEN.remove(dsg);
        try {
            TDBInternal.expel(dsg);
        } catch (TransactionException e) {
            // A transaction of another thread is still open: the database stays with TDB2 until the process exits.
            LOG.warn("store left open: {}", e.getMessage());
        }
    }
}
