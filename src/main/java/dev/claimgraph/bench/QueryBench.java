package dev.claimgraph.bench;

import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.extract.Setting;
import dev.claimgraph.query.ClaimFilter;
import dev.claimgraph.query.ClaimQueries;
import dev.claimgraph.query.QueryArguments;
import dev.claimgraph.query.LeaderboardRow;
import dev.claimgraph.query.ModelProfile;
import dev.claimgraph.store.ClaimStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Times the named queries users run most (leaderboard, one model's profile, conflicts) through
 * {@link ClaimQueries}, so the figures include the reading of rows into result records.
 */
public final class QueryBench {

    /** Benchmark and setting of the timed leaderboard. */
    public static final String BENCHMARK = "MMLU";
    public static final Setting SETTING = Setting.parse("5-shot");

    /** Profiled when the leaderboard is empty, so that a tiny corpus still gives a figure. */
    private static final String FALLBACK_MODEL = "GPT-4";

    /**
     * Each query runs this often and for this long before it is timed, so that the figures are
     * those of a process that has been answering queries a while (JIT-compiled, caches filled).
     */
    private static final int WARM_UP_RUNS = 3;
    private static final long WARM_UP_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final ClaimStore store;
    private final Lexicon lexicon;
    private final int runs;

    public QueryBench(ClaimStore store, Lexicon lexicon, int runs) {
        this.store = store;
        this.lexicon = lexicon;
        this.runs = runs;
    }

    /**
     * Times the leaderboard, the profile of the model with most reports on it, and conflicts: each
     * as the query command lists it by default, and the profile and conflicts in full.
     */
    public List<Latency> measure() {
        List<Latency> latencies = new ArrayList<>();
        try (ClaimQueries queries = ClaimQueries.local(store, lexicon)) {
            latencies.add(time("leaderboard", () -> queries.leaderboard(BENCHMARK, SETTING).size()));
            String model = frequentModel(queries.leaderboard(BENCHMARK, SETTING));
            latencies.add(time("model profile", () -> facts(queries.model(model, QueryArguments.DEFAULT_LIMIT))));
            latencies.add(time("model profile, all comparisons", () -> facts(queries.model(model))));
            latencies.add(time("conflicts", () -> queries.conflicts().size()));
            latencies.add(time("conflicts, largest " + QueryArguments.DEFAULT_LIMIT, () -> queries.conflicts(
                    ClaimFilter.NONE, ClaimQueries.DEFAULT_TOLERANCE, QueryArguments.DEFAULT_LIMIT).size()));
        }
        return latencies;
    }

    private Latency time(String name, LongSupplier query) {
        long warmUpStart = System.nanoTime();
        for (int i = 0; i < WARM_UP_RUNS || System.nanoTime() - warmUpStart < WARM_UP_NANOS; i++) {
            query.getAsLong();
        }
        long[] nanos = new long[runs];
        long rows = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            rows = query.getAsLong();
            nanos[i] = System.nanoTime() - start;
        }
        return Latency.of(name, nanos, rows);
    }

    private static String frequentModel(List<LeaderboardRow> board) {
        return board.stream().max(Comparator.comparingInt(LeaderboardRow::reportCount))
                .map(LeaderboardRow::model).orElse(FALLBACK_MODEL);
    }

    private static long facts(ModelProfile p) {
        return (long) p.aliases().size() + p.developers().size() + p.parameters().size() + p.contextLengths().size()
                + p.scores().size() + p.comparisons().size();
    }
}
