package dev.claimgraph.cli;

import dev.claimgraph.ClaimGraph;
import dev.claimgraph.extract.Lexicon;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option: the store folder. */
final class DbOption {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "claimgraph-db",
            description = "The store folder (default: ${DEFAULT-VALUE}).")
    Path db;

    /** Opens the store, creating it if needed. */
    ClaimGraph open(Lexicon lexicon) {
        return ClaimGraph.open(db, lexicon);
    }

    /** Opens a store that must exist already, for commands that only read it. */
    ClaimGraph openExisting() {
        if (!Files.isDirectory(db)) {
            throw new CliException("no store at " + db + ": run 'claimgraph ingest --db " + db + " PATH...' first");
        }
        return ClaimGraph.open(db);
    }
}
