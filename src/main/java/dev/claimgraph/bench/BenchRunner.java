package dev.claimgraph.bench;

import static dev.claimgraph.bench.FigureLabels.*;

import dev.claimgraph.extract.Extractor;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.rdf.ClaimGraphMapper;
import dev.claimgraph.store.ClaimStore;
import dev.claimgraph.store.IngestOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the whole benchmark: extraction rates, ingest through the real pipeline into a fresh store,
 * Jena's bulk loader on the same quads, and optionally query latencies; figures are printed as
 * soon as they are known.
 */
public final class BenchRunner {

    private static final double MIB = 1024.0 * 1024.0;
    private static final int MEASURED_PASSES = 3;

    private final Lexicon lexicon;
    private final PrintWriter out;
    private final List<Figure> figures = new ArrayList<>();

    public BenchRunner(Lexicon lexicon, PrintWriter out) {
        this.lexicon = lexicon;
        this.out = out;
    }

    public List<Figure> run(BenchOptions options) throws IOException {
        Extractor extractor = new Extractor(lexicon);
        ClaimGraphMapper mapper = new ClaimGraphMapper(lexicon);
        figure(LOAD_BEFORE, loadAverage(), "");
        try (HeapSampler wholeRun = HeapSampler.start()) {
            Files.createDirectories(options.work());
            // The ingest reads files as a user's would, so a generated corpus is written out first.
            Path corpus = options.corpus();
            if (corpus == null) {
                corpus = options.work().resolve("corpus");
                DiskUsage.delete(corpus);
                Corpus.write(new SummaryGenerator(lexicon, options.seed()), options.count(), corpus);
            }
            Corpus.Summary summary = Corpus.summarise(corpus, options.count());
            if (summary.files() == 0) {
                throw new IllegalArgumentException("no summaries in " + corpus);
            }
            figure(SUMMARIES, summary.files(), "");
            figure(CORPUS_SIZE, summary.bytes() / MIB, "MiB");
            figure(MAX_HEAP, wholeRun.maxBytes() / MIB, "MiB");

            extraction(extractor, Corpus.load(corpus, Math.min(options.count(), options.extractionSample())), options);

            Path storeFolder = options.work().resolve("store");
            DiskUsage.delete(storeFolder);
            IngestBench.Result ingest;
            // Only the first --count files are ingested, as the bulk load below then holds the same quads.
            Path ingested = summary.complete() ? corpus : Corpus.copyFirst(corpus, options.count(),
                    options.work().resolve("corpus-first"));
            try (HeapSampler heap = HeapSampler.start()) {
                ingest = new IngestBench(extractor, mapper).ingest(ingested, storeFolder,
                        new IngestOptions(options.batchSize(), options.threads(), options.documentsPerCommit()));
                figure(INGEST_PEAK_HEAP, heap.peakSampledBytes() / MIB, "MiB");
            }
            figure(INGEST_TIME, ingest.nanos() / 1e9, "s");
            figure(INGEST_RATE, ingest.documentRate().perSecond(), "summaries/s");
            figure(INGEST_QUAD_RATE, ingest.quadRate().perSecond(), "quads/s");
            figure(QUADS, ingest.quads(), "");
            figure(STORE_SIZE, DiskUsage.size(storeFolder) / MIB, "MiB");

            Path nquads = options.work().resolve("quads.nq");
            Path bulkFolder = options.work().resolve("bulk");
            DiskUsage.delete(bulkFolder);
            BulkLoadBaseline.exportQuads(storeFolder, nquads);
            BulkLoadBaseline.Result bulk = BulkLoadBaseline.load(nquads, bulkFolder);
            figure(NQUADS_SIZE, bulk.fileBytes() / MIB, "MiB");
            figure(BULK_QUADS, bulk.quads(), "");
            figure(BULK_TIME, bulk.nanos() / 1e9, "s");
            figure(BULK_QUAD_RATE, bulk.quadRate().perSecond(), "quads/s");
            figure(BULK_STORE_SIZE, DiskUsage.size(bulkFolder) / MIB, "MiB");
            figure(RATIO, (double) ingest.nanos() / bulk.nanos(), "");

            if (options.queries()) {
                try (ClaimStore store = ClaimStore.open(storeFolder)) {
                    for (Latency l : new QueryBench(store, lexicon, options.queryRuns()).measure()) {
                        figure(queryMedian(l.name()), l.medianMillis(), "ms");
                        figure(queryP95(l.name()), l.p95Millis(), "ms");
                        out.println("  (" + l.name() + ": " + l.rows() + " rows, " + l.runs() + " runs)");
                    }
                }
            }
            figure(PEAK_HEAP, wholeRun.peakSampledBytes() / MIB, "MiB");
        }
        figure(LOAD_AFTER, loadAverage(), "");
        return List.copyOf(figures);
    }

    private void extraction(Extractor extractor, List<SourceText> sample, BenchOptions options) {
        ExtractionBench bench = new ExtractionBench(extractor);
        bench.warmUp(sample, options.threads(), options.warmUpSeconds() * 1_000_000_000L);
        Throughput one = median(bench, sample, 1);
        figure(EXTRACTION_ONE, one.wall().perSecond(), "summaries/s");
        figure(EXTRACTION_ONE_CPU, one.cpu().perSecond(), "summaries/s");
        Throughput all = median(bench, sample, options.threads());
        figure(EXTRACTION_ALL, all.wall().perSecond(), "summaries/s (" + options.threads() + " threads)");
        figure(EXTRACTION_PER_CORE, all.wall().perSecond() / options.threads(), "summaries/s");
        // The cores are shared: CPU time says what a thread does when it actually runs.
        figure(EXTRACTION_ALL_CPU, all.cpu().perSecond(), "summaries/s");
    }

    /** The pass with the median CPU-time rate of a few: one pass can meet a burst of other load. */
    private static Throughput median(ExtractionBench bench, List<SourceText> sample, int threads) {
        List<Throughput> passes = new ArrayList<>();
        for (int i = 0; i < MEASURED_PASSES; i++) {
            passes.add(bench.measure(sample, threads));
        }
        passes.sort(java.util.Comparator.comparingDouble(t -> t.cpu().perSecond()));
        return passes.get(MEASURED_PASSES / 2);
    }

    private static double loadAverage() {
        return Math.max(0, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void figure(String label, double value, String unit) {
        Figure f = new Figure(label, value, unit);
        figures.add(f);
        out.println(f.line());
        out.flush();
    }
}
