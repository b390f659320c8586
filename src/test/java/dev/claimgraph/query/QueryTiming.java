package dev.claimgraph.query;

import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.extract.Setting;
import dev.claimgraph.store.ClaimStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs every named query N times over a store and prints the median latency of each; usage:
 * {@code QueryTiming [STORE_DIR] [RUNS]}, building the sample store in a temporary folder when no
 * folder is given.
 */
public final class QueryTiming {

    private QueryTiming() {}

    public static void main(String[] args) throws IOException {
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        if (args.length > 0) {
            try (ClaimStore store = ClaimStore.open(Path.of(args[0]))) {
                run(store, runs, System.out);
            }
        } else {
            Path dir = Files.createTempDirectory("claimgraph-timing");
            try (ClaimStore store = SampleStore.build(dir.resolve("db"), Lexicon.bundled())) {
                run(store, runs, System.out);
            }
        }
    }

    /** Times each named query with arguments that suit the sample store; the first run warms up and is not counted. */
    public static void run(ClaimStore store, int runs, PrintStream out) {
        QueryArguments defaults = QueryArguments.of(ClaimFilter.NONE);
        try (ClaimQueries queries = ClaimQueries.local(store, Lexicon.bundled())) {
            out.printf("%-22s %10s %8s  (%d runs)%n", "query", "median ms", "rows", runs);
            for (NamedQuery query : NamedQuery.values()) {
                QueryArguments arguments = switch (query) {
                    case LEADERBOARD -> QueryArguments.of(new ClaimFilter(null, "MMLU", Setting.parse("5-shot")));
                    case HEAD_TO_HEAD -> new QueryArguments(ClaimFilter.NONE.withModel("GPT-4"), "GPT-3.5", null);
                    case MODEL -> QueryArguments.of(ClaimFilter.NONE.withModel("Llama 2 70B"));
                    default -> defaults;
                };
                int rows = query.execute(queries, arguments).rows().size();
                long[] nanos = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    query.execute(queries, arguments);
                    nanos[i] = System.nanoTime() - start;
                }
                Arrays.sort(nanos);
                out.printf("%-22s %10.2f %8d%n", query.id(), nanos[runs / 2] / 1e6, rows);
            }
        }
    }
}
