package dev.claimgraph.cli;

import dev.claimgraph.ClaimGraph;
import dev.claimgraph.extract.Extractor;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.rdf.ClaimGraphMapper;
import dev.claimgraph.remote.RemoteIngest;
import dev.claimgraph.remote.RemoteStore;
import dev.claimgraph.store.IngestFailure;
import dev.claimgraph.store.IngestOptions;
import dev.claimgraph.store.IngestPipeline;
import dev.claimgraph.store.IngestReport;
import dev.claimgraph.store.ProgressListener;
import dev.claimgraph.store.StoreStats;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimgraph ingest}: extracts summary files into the store and tells what it found. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
            "Extracts the claims of summary files and stores one named graph per file.",
            "Unchanged files (same content, same extractor version) are skipped without extracting. "
                    + "Prints a summary and what the store now relates across papers.",
            "With --endpoint, each changed file's graph is written with one Graph Store Protocol PUT.",
            "Ctrl-C or SIGTERM stops after the batch in progress and commits what was written "
                    + "(exit status 130 or 143); running the same command again ingests the rest."
        })
final class IngestCommand extends BaseCommand {

    /** Enough to see what disagrees; a large archive can have thousands. */
    private static final int SHOWN_DISAGREEMENTS = 20;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    StoreOptions store = new StoreOptions();

    @Mixin
    LexiconOption lexicon;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + IngestOptions.DEFAULT_BATCH_SIZE,
            description = "Documents extracted ahead and written together (default: ${DEFAULT-VALUE}); "
                    + "with --endpoint every document is its own PUT.")
    int batch;

    @Option(names = "--commit-every", paramLabel = "N",
            defaultValue = "" + IngestOptions.DEFAULT_DOCUMENTS_PER_COMMIT,
            description = "Documents per write transaction (default: ${DEFAULT-VALUE}). Fewer, larger "
                    + "transactions load large archives faster into a smaller store; a crash loses at most "
                    + "the documents of the transaction in progress.")
    int commitEvery;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that read and extract (default: one per processor).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Summary files or folders (walked).")
    List<Path> paths;

    @Override
    int run() throws Exception {
        if (batch < 1) {
            throw usage("--batch must be at least 1, not " + batch);
        }
        if (commitEvery < 1) {
            throw usage("--commit-every must be at least 1, not " + commitEvery);
        }
        if (threads != null && threads < 1) {
            throw usage("--threads must be at least 1, not " + threads);
        }
        IngestOptions options = IngestOptions.defaults().withBatchSize(batch).withDocumentsPerCommit(commitEvery);
        if (threads != null) {
            options = options.withThreads(threads);
        }
        ProgressListener progress = quiet ? ProgressListener.NONE : new ProgressPrinter(err(), 100);
        if (store.isRemote()) {
            return remote(options, progress, lexicon.load());
        }
        // The store closes before the signal hook lets the JVM exit.
        try (StopOnSignal stop = StopOnSignal.install(); ClaimGraph graph = store.local().open(lexicon.load())) {
            IngestReport report = new IngestPipeline(graph.store(), new Extractor(graph.lexicon()),
                    new ClaimGraphMapper(graph.lexicon()), options).run(paths, progress, stop);
            printFailures(report);
            if (stop.getAsBoolean()) {
                err().println("claimgraph: stopped after " + report.files().size() + " files"
                        + " (all committed); run the same command again to ingest the rest");
                // The JVM halts as soon as the store is closed, before BaseCommand would flush.
                err().flush();
                return 1;
            }
            if (!quiet) {
                totals(report, graph.stats());
                findings(graph);
            }
            return report.succeeded() ? 0 : 1;
        }
    }

    private int remote(IngestOptions options, ProgressListener progress, Lexicon loaded) {
        try (RemoteStore remote = RemoteStore.connect(store.endpoint(spec.commandLine()))) {
            IngestReport report = new RemoteIngest(remote, loaded).run(options, progress, paths);
            printFailures(report);
            if (!quiet) {
                totals(report, remote.stats());
            }
            return report.succeeded() ? 0 : 1;
        }
    }

    private void printFailures(IngestReport report) {
        for (IngestFailure failure : report.failures()) {
            err().println("claimgraph: " + failure.message());
        }
    }

    private void totals(IngestReport report, StoreStats stats) {
        PrintWriter out = out();
        out.println(String.format(Locale.ROOT,
                "Ingested %d %s into %s in %.1f s: %d added, %d replaced, %d skipped, %d failed (%,d quads written).",
                report.files().size(), report.files().size() == 1 ? "file" : "files", store.describe(),
                report.elapsed().toMillis() / 1000.0, report.added(), report.replaced(), report.skipped(),
                report.failed(), report.quadsWritten()));
        out.println();
        out.println("The store now holds:");
        StatsPrinter.print(stats, out);
    }

    private void findings(ClaimGraph graph) {
        PrintWriter out = out();

        IngestFindings findings = new IngestFindings(graph.store());
        List<IngestFindings.TopModel> top = findings.topModels();
        if (!top.isEmpty()) {
            out.println();
            out.println("Models with the most scores:");
            TextTable table = new TextTable("  ");
            top.forEach(m -> table.row(m.model(), m.scores() + " scores", "on " + m.benchmarks()
                    + (m.benchmarks() == 1 ? " benchmark" : " benchmarks")));
            table.print(out);
        }
        List<IngestFindings.Score> board = findings.leaderboard();
        if (!board.isEmpty()) {
            out.println();
            out.println("Best " + board.get(0).benchmark() + " (" + board.get(0).setting() + ") scores:");
            TextTable table = new TextTable("  ");
            board.forEach(s -> table.row(s.model(), s.score(), "from " + s.sources()
                    + (s.sources() == 1 ? " source" : " sources")));
            table.print(out);
        }
        List<IngestFindings.Disagreement> disagreements = findings.disagreements();
        out.println();
        if (disagreements.isEmpty()) {
            out.println("No two sources disagree on a score.");
        } else {
            out.println("Sources that disagree on a score:");
            TextTable table = new TextTable("  ");
            disagreements.stream().limit(SHOWN_DISAGREEMENTS).forEach(d -> table.row(d.model(), d.benchmark(),
                    d.setting(), d.score1() + " in " + d.file1(), "vs " + d.score2() + " in " + d.file2()));
            table.print(out);
            if (disagreements.size() > SHOWN_DISAGREEMENTS) {
                out.println("  … and " + (disagreements.size() - SHOWN_DISAGREEMENTS)
                        + " more pairs ('query conflicts' lists every conflict).");
            }
        }
    }
}
