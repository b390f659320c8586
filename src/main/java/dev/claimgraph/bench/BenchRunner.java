package dev.claimgraph.bench;

import static dev.claimgraph.bench.FigureLabels.*;

import dev.claimgraph.extract.Extractor;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.rdf.ClaimGraphMapper;
import dev.claimgraph.store.ClaimStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the whole benchmark: extraction rates, ingest into a fresh store, Jena's bulk loader on the
 * same quads, and optionally query latencies; figures are printed as soon as they are known.
 */
public final class BenchRunner {

    private static final double MIB = 1024.0 * 1024.0;
    private static final long WARM_UP_NANOS = 5_000_000_000L;

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
        try (HeapSampler wholeRun = HeapSampler.start()) {
            List<SourceText> texts = options.corpus() == null
                    ? Corpus.generate(new SummaryGenerator(lexicon, options.seed()), options.count())
                    : Corpus.load(options.corpus(), options.count());
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("no summaries in " + options.corpus());
            }
            figure(SUMMARIES, texts.size(), "");
            figure(CORPUS_SIZE, texts.stream().mapToLong(t -> t.text().length()).sum() / MIB, "Mi chars");
            figure(MAX_HEAP, wholeRun.maxBytes() / MIB, "MiB");

            extraction(extractor, texts, options);

            Files.createDirectories(options.work());
            Path storeFolder = options.work().resolve("store");
            DiskUsage.delete(storeFolder);
            IngestBench.Result ingest;
            try (HeapSampler heap = HeapSampler.start()) {
                ingest = new IngestBench(extractor, mapper).ingest(texts, storeFolder, options.threads());
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
                    for (Latency l : new QueryBench(store, options.queryRuns()).measure()) {
                        figure(queryMedian(l.name()), l.medianMillis(), "ms");
                        figure(queryP95(l.name()), l.p95Millis(), "ms");
                        out.println("  (" + l.name() + ": " + l.rows() + " rows, " + l.runs() + " runs)");
                    }
                }
            }
            figure(PEAK_HEAP, wholeRun.peakSampledBytes() / MIB, "MiB");
        }
        return List.copyOf(figures);
    }

    private void extraction(Extractor extractor, List<SourceText> texts, BenchOptions options) {
        List<SourceText> sample = texts.subList(0, Math.min(texts.size(), options.extractionSample()));
        ExtractionBench bench = new ExtractionBench(extractor);
        bench.warmUp(sample, options.threads(), WARM_UP_NANOS);
        figure(EXTRACTION_ONE, bench.measure(sample, 1).perSecond(), "summaries/s");
        Rate all = bench.measure(sample, options.threads());
        figure(EXTRACTION_ALL, all.perSecond(), "summaries/s (" + options.threads() + " threads)");
        figure(EXTRACTION_PER_CORE, all.perSecond() / options.threads(), "summaries/s");
    }

    private void figure(String label, double value, String unit) {
        Figure f = new Figure(label, value, unit);
        figures.add(f);
        out.println(f.line());
        out.flush();
    }
}
