package dev.claimgraph.cli;

import dev.claimgraph.bench.BenchOptions;
import dev.claimgraph.bench.BenchRunner;
import dev.claimgraph.bench.Corpus;
import dev.claimgraph.bench.Figure;
import dev.claimgraph.bench.FigureLabels;
import dev.claimgraph.bench.Latency;
import dev.claimgraph.bench.QueryBench;
import dev.claimgraph.bench.SummaryGenerator;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.store.ClaimStore;
import dev.claimgraph.store.IngestOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph bench}: generates synthetic corpora and measures extraction, ingest and query speed. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate synthetic summaries and measure extraction, ingest and query performance.",
        subcommands = {BenchCommand.Generate.class, BenchCommand.Run.class, BenchCommand.Queries.class})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    /** Runs {@code bench} on its own, for builds whose top-level command does not list it. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    /** {@code bench generate}: writes N deterministic synthetic summaries to a folder. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write N synthetic summaries (notes, Markdown, JSON) to a folder; the same seed gives the same files.")
    static final class Generate implements Callable<Integer> {

        @Option(names = "--count", required = true, description = "How many summaries.")
        long count;

        @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--out", required = true, description = "Folder to write into (created if missing).")
        Path out;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (count <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--count must be positive");
            }
            long start = System.nanoTime();
            long bytes = Corpus.write(new SummaryGenerator(Lexicon.bundled(), seed), count, out);
            spec.commandLine().getOut().printf("wrote %d summaries (%d bytes) to %s in %.1f s%n", count, bytes, out,
                    (System.nanoTime() - start) / 1e9);
            return 0;
        }
    }

    /** {@code bench run}: the benchmark itself. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Measure extraction rate, ingest rate against Jena's bulk loader, heap, store size"
                    + " and (with --queries) query latency.")
    static final class Run implements Callable<Integer> {

        @Option(names = "--count", defaultValue = "10000",
                description = "Summaries to generate, or the most to read from --dir (default: ${DEFAULT-VALUE}).")
        int count;

        @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--dir", description = "Use the summaries in this folder instead of generating them.")
        Path dir;

        @Option(names = "--work", description = "Folder for the stores, the generated corpus and the N-Quads file (default: a new temporary folder).")
        Path work;

        @Option(names = "--threads", description = "Threads for parallel extraction (default: available processors).")
        Integer threads;

        @Option(names = "--batch-size", defaultValue = "" + IngestOptions.DEFAULT_BATCH_SIZE,
                description = "Documents the ingest writes together (default: ${DEFAULT-VALUE}).")
        int batchSize;

        @Option(names = "--commit-every", defaultValue = "" + IngestOptions.DEFAULT_DOCUMENTS_PER_COMMIT,
                description = "Documents per write transaction of the ingest (default: ${DEFAULT-VALUE}).")
        int commitEvery;

        @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "20",
                description = "Seconds of extraction before it is timed, long enough for the JIT to finish "
                        + "compiling on shared cores (default: ${DEFAULT-VALUE}).")
        int warmUp;

        @Option(names = "--extraction-sample", defaultValue = "5000",
                description = "At most this many summaries are timed for the extraction rates (default: ${DEFAULT-VALUE}).")
        int extractionSample;

        @Option(names = "--queries", description = "Also time the leaderboard, model profile and conflicts queries.")
        boolean queries;

        @Option(names = "--query-runs", defaultValue = "20", description = "Timed runs per query (default: ${DEFAULT-VALUE}).")
        int queryRuns;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (dir != null && !Files.isDirectory(dir)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--dir " + dir + " is not a folder");
            }
            if (count <= 0 || batchSize <= 0 || commitEvery <= 0 || warmUp < 0 || extractionSample <= 0
                    || queryRuns <= 0 || (threads != null && threads <= 0)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--count, --threads, --batch-size, "
                        + "--commit-every, --extraction-sample and --query-runs must be positive");
            }
            Path workDir = work != null ? work : Files.createTempDirectory("claimgraph-bench");
            int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            PrintWriter out = spec.commandLine().getOut();
            out.println("# work folder: " + workDir.toAbsolutePath());
            new BenchRunner(Lexicon.bundled(), out).run(
                    new BenchOptions(count, seed, dir, workDir, n, batchSize, commitEvery, warmUp, extractionSample,
                            queries, queryRuns));
            return 0;
        }
    }

    /** {@code bench queries}: query latency on an existing store. */
    @Command(name = "queries", mixinStandardHelpOptions = true,
            description = "Measure the latency of the leaderboard, model profile and conflicts queries on an"
                    + " existing store, as bench run --queries does after its ingest.")
    static final class Queries implements Callable<Integer> {

        @Option(names = "--db", required = true, paramLabel = "DIR", description = "The store folder.")
        Path db;

        @Option(names = "--query-runs", defaultValue = "20", description = "Timed runs per query (default: ${DEFAULT-VALUE}).")
        int queryRuns;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (queryRuns <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--query-runs must be positive");
            }
            if (!Files.isDirectory(db)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--db " + db + " is not a folder");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (ClaimStore store = ClaimStore.open(db)) {
                out.println("# score table current: " + store.scoreTableCurrent());
                for (Latency l : new QueryBench(store, Lexicon.bundled(), queryRuns).measure()) {
                    out.println(new Figure(FigureLabels.queryMedian(l.name()), l.medianMillis(), "ms").line());
                    out.println(new Figure(FigureLabels.queryP95(l.name()), l.p95Millis(), "ms").line());
                    out.println("  (" + l.name() + ": " + l.rows() + " rows, " + l.runs() + " runs)");
                }
            }
            out.flush();
            return 0;
        }
    }
}
