package dev.claimgraph.extract;

import dev.claimgraph.source.Document;

/**
 * Extracts claims from a summary: models, organisations, parameter counts, context lengths,
 * scores with their settings, and stated comparisons, each with the text it came from.
 *
 * <p>An extractor is immutable once built and safe to share between threads.
 */
public final class Extractor {

    /** Changes whenever extraction rules change, so stored documents are extracted again. */
    public static final String VERSION = "claimgraph-extractor/0.1";

    private final Lexicon lexicon;
    private final ModelRecognizer models;
    private final BenchmarkRecognizer benchmarks;

    public Extractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.models = new ModelRecognizer(lexicon);
        this.benchmarks = new BenchmarkRecognizer(lexicon);
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** The claims of one summary. */
    public ExtractionResult extract(Document doc) {
        ModelRecognizer models = this.models.forDocument();
        PaperContext paper = PaperContext.of(doc, lexicon, models);
        ClaimCollector collector = new ClaimCollector(doc, paper, lexicon);
        new TableExtractor(models, benchmarks, paper, collector).extract(doc);
        new ProseExtractor(models, benchmarks, paper, collector).extract(doc);
        return collector.build();
    }
}
