package dev.claimgraph.cli;

import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.extract.Setting;
import dev.claimgraph.query.ClaimFilter;
import dev.claimgraph.query.ClaimQueries;
import dev.claimgraph.remote.Endpoint;
import dev.claimgraph.query.NamedQuery;
import dev.claimgraph.query.QueryArguments;
import dev.claimgraph.query.QueryResult;
import dev.claimgraph.query.QueryUsageException;
import dev.claimgraph.query.ResultFormat;
import dev.claimgraph.store.ClaimStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs one named query over a local store or a SPARQL endpoint and prints its rows. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a named query over the claim graph.",
            "A remote --endpoint must expose the union of the document graphs as its default graph "
                + "(Fuseki: tdb2:unionDefaultGraph true)."},
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 1)
public final class QueryCommand implements Callable<Integer> {

    /** The query names, for picocli's completion candidates and help text. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(NamedQuery.values()).map(NamedQuery::id).iterator();
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", completionCandidates = Names.class,
            description = "The query: ${COMPLETION-CANDIDATES} (see --list).")
    String name;

    @Option(names = "--list", description = "List the named queries with what each answers.")
    boolean list;

    @Option(names = "--db", paramLabel = "DIR", description = "The TDB2 store folder (default: claimgraph-db).")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Query this SPARQL endpoint instead of a local store.")
    String endpoint;

    @Option(names = "--benchmark", paramLabel = "B", description = "Narrow to a benchmark (name or alias).")
    String benchmark;

    @Option(names = "--setting", paramLabel = "S",
            description = "Narrow to a setting, written as in summaries: 5-shot, CoT@32, \"0-shot pass@1\".")
    String setting;

    @Option(names = "--model", paramLabel = "M", description = "Narrow to a model (name or alias).")
    String model;

    @Option(names = "--model2", paramLabel = "M", description = "The second model of head-to-head.")
    String model2;

    @Option(names = "--tolerance", paramLabel = "T",
            description = "Largest score difference that still counts as the same score (default: 0.05).")
    BigDecimal tolerance;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + QueryArguments.DEFAULT_LIMIT,
            description = "conflicts: list at most N, largest spread first; model: list at most N comparisons, those most sources state; 0 lists all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            for (NamedQuery q : NamedQuery.values()) {
                out.printf("%-20s %s%n", q.id(), q.description());
            }
            out.flush();
            return 0;
        }
        NamedQuery query;
        QueryArguments arguments;
        ResultFormat resultFormat;
        try {
            if (name == null) {
                throw new QueryUsageException("name a query: " + NamedQuery.names() + " (or --list)");
            }
            query = NamedQuery.byName(name).orElseThrow(() -> new QueryUsageException(
                    "unknown query '" + name + "'; known: " + NamedQuery.names()));
            resultFormat = ResultFormat.parse(format);
            arguments = new QueryArguments(new ClaimFilter(model, benchmark, parseSetting()), model2, tolerance,
                    limit);
            if (db != null && endpoint != null) {
                throw new QueryUsageException("give --db or --endpoint, not both");
            }
        } catch (QueryUsageException e) {
            return usageError(err, e.getMessage());
        }
        if (db == null) {
            db = StoreOptions.DEFAULT_DB;
        }
        if (endpoint == null && !isStore(db)) {
            err.println("query: no ClaimGraph store in " + db + " (run ingest first, or give --db or --endpoint)");
            err.flush();
            return 1;
        }
        Lexicon lexicon = Lexicon.bundled();
        try {
            // --endpoint names the dataset, as for the other commands; queries go to its SPARQL endpoint.
            QueryResult result = endpoint != null
                    ? run(ClaimQueries.remote(Endpoint.of(endpoint).queryUrl(), lexicon), query, arguments)
                    : runLocal(lexicon, query, arguments);
            resultFormat.write(result, out);
            out.flush();
            return 0;
        } catch (QueryUsageException e) {
            return usageError(err, e.getMessage());
        }
    }

    private QueryResult runLocal(Lexicon lexicon, NamedQuery query, QueryArguments arguments) {
        try (ClaimStore store = ClaimStore.open(db)) {
            return run(ClaimQueries.local(store, lexicon), query, arguments);
        }
    }

    private static QueryResult run(ClaimQueries queries, NamedQuery query, QueryArguments arguments) {
        try (queries) {
            return query.execute(queries, arguments);
        }
    }

    private Setting parseSetting() {
        if (setting == null || setting.isBlank()) {
            return null;
        }
        try {
            return Setting.parse(setting);
        } catch (IllegalArgumentException e) {
            throw new QueryUsageException(e.getMessage());
        }
    }

    private static int usageError(PrintWriter err, String message) {
        err.println("query: " + message);
        err.flush();
        return 2;
    }

    /** A TDB2 store folder holds Data-NNNN generations; opening anything else would create a store. */
    static boolean isStore(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }
}
