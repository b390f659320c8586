package dev.claimgraph.bench;

import dev.claimgraph.store.ClaimStore;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Jena's own TDB2 bulk loader on the same quads as an ingest, the yardstick the ingest rate is
 * held against.
 */
public final class BulkLoadBaseline {

    private BulkLoadBaseline() {}

    /** The outcome of one bulk load: quads loaded, time taken and the N-Quads file size. */
    public record Result(long quads, long nanos, long fileBytes) {

        public Rate quadRate() {
            return new Rate(quads, nanos);
        }
    }

    /** Writes every quad of a store to an N-Quads file; not timed, it only prepares the baseline. */
    public static void exportQuads(Path storeFolder, Path nquads) throws IOException {
        try (ClaimStore store = ClaimStore.open(storeFolder);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
            store.export(Lang.NQUADS, out);
        }
    }

    /** Loads an N-Quads file into a new TDB2 database in {@code folder} with Jena's default bulk loader. */
    public static Result load(Path nquads, Path folder) throws IOException {
        long start = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(folder.toString());
        // Silent: progress lines would mix with the figures.
        MonitorOutput quiet = (fmt, args) -> { };
        DataLoader loader = LoaderFactory.createLoader(dsg, quiet);
        loader.startBulk();
        try {
            loader.load(List.of(nquads.toString()));
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        long quads = loader.countQuads() + loader.countTriples();
        // Closing is timed, as it is for the ingest; TDB2 only writes back and lets go of the
        // database, with its caches, when it is expelled.
        TDBInternal.expel(dsg);
        long nanos = System.nanoTime() - start;
        return new Result(quads, nanos, Files.size(nquads));
    }
}
