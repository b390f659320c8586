package dev.claimgraph.bench;

import dev.claimgraph.extract.ExtractionResult;
import dev.claimgraph.extract.Extractor;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.source.SourceException;
import dev.claimgraph.source.SourceReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark of reading and extracting one generated summary, cycling through a fixed corpus. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

    @Param("1000")
    public int corpusSize;

    @Param("42")
    public long seed;

    private List<SourceText> corpus;
    private Extractor extractor;
    private SourceReader reader;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Lexicon lexicon = Lexicon.bundled();
        corpus = Corpus.generate(new SummaryGenerator(lexicon, seed), corpusSize);
        extractor = new Extractor(lexicon);
        reader = new SourceReader();
    }

    /** One summary per call, so the score reads as summaries per second. */
    @Benchmark
    public ExtractionResult extractOne() throws SourceException {
        SourceText s = corpus.get(next);
        next = next + 1 == corpus.size() ? 0 : next + 1;
        return extractor.extract(reader.read(s.fileName(), s.text()));
    }
}
