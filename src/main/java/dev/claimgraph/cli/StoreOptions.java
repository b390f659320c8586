package dev.claimgraph.cli;

import dev.claimgraph.remote.Endpoint;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where a command's graphs are: a local store folder ({@code --db}) or a remote one ({@code --endpoint}). */
final class StoreOptions {

    static final Path DEFAULT_DB = Path.of("claimgraph-db");

    @Option(names = "--db", paramLabel = "DIR", description = "The store folder (default: claimgraph-db).")
    Path db;

    @ArgGroup(exclusive = false)
    EndpointOption remote;

    boolean isRemote() {
        return remote != null;
    }

    /** The local store, when no endpoint was given. */
    DbOption local() {
        DbOption option = new DbOption();
        option.db = db != null ? db : DEFAULT_DB;
        return option;
    }

    /** The endpoint, or a usage error of the command for a URL that is not http(s). */
    Endpoint endpoint(CommandLine cmd) {
        return remote.endpoint(cmd);
    }

    /** The store folder or endpoint URL, for messages. */
    String describe() {
        return isRemote() ? remote.url : local().db.toString();
    }
}
