package dev.claimgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.cli.BenchCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {

    private static final List<String> LABELS = List.of(FigureLabels.SUMMARIES, FigureLabels.CORPUS_SIZE,
            FigureLabels.EXTRACTION_ONE, FigureLabels.EXTRACTION_ALL, FigureLabels.EXTRACTION_PER_CORE,
            FigureLabels.INGEST_TIME, FigureLabels.INGEST_RATE, FigureLabels.INGEST_QUAD_RATE, FigureLabels.QUADS,
            FigureLabels.INGEST_PEAK_HEAP, FigureLabels.MAX_HEAP, FigureLabels.STORE_SIZE, FigureLabels.BULK_TIME,
            FigureLabels.BULK_QUAD_RATE, FigureLabels.BULK_QUADS, FigureLabels.BULK_STORE_SIZE,
            FigureLabels.NQUADS_SIZE, FigureLabels.RATIO, FigureLabels.PEAK_HEAP,
            FigureLabels.queryMedian("leaderboard"), FigureLabels.queryP95("leaderboard"),
            FigureLabels.queryMedian("model profile"), FigureLabels.queryP95("model profile"),
            FigureLabels.queryMedian("conflicts"), FigureLabels.queryP95("conflicts"));

    @Test
    void runPrintsEveryFigure(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        int code = new CommandLine(new BenchCommand()).setOut(new PrintWriter(out, true))
                .execute("run", "--count", "30", "--seed", "5", "--work", dir.toString(), "--threads", "2",
                        "--queries", "--query-runs", "3", "--warm-up", "1");
        assertThat(code).isZero();
        String text = out.toString();
        for (String label : LABELS) {
            String line = text.lines().filter(l -> l.startsWith(label + ": ")).findFirst().orElse(null);
            assertThat(line).as(label).isNotNull();
            String number = line.substring(label.length() + 2).split(" ")[0];
            assertThat(Double.parseDouble(number)).as(label).isGreaterThanOrEqualTo(0);
        }
        assertThat(number(text, FigureLabels.SUMMARIES)).isEqualTo(30);
        assertThat(number(text, FigureLabels.QUADS)).isEqualTo(number(text, FigureLabels.BULK_QUADS));
        assertThat(number(text, FigureLabels.queryMedian("leaderboard"))).isPositive();

        StringWriter queries = new StringWriter();
        assertThat(new CommandLine(new BenchCommand()).setOut(new PrintWriter(queries, true))
                .execute("queries", "--db", dir.resolve("store").toString(), "--query-runs", "2")).isZero();
        assertThat(queries.toString()).contains("# score table current: true");
        assertThat(number(queries.toString(), FigureLabels.queryMedian("model profile"))).isPositive();
        assertThat(number(queries.toString(), FigureLabels.queryMedian("conflicts, largest 100"))).isPositive();
    }

    @Test
    void runReadsAnExistingCorpus(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        assertThat(new CommandLine(new BenchCommand()).setOut(new PrintWriter(new StringWriter()))
                .execute("generate", "--count", "12", "--seed", "9", "--out", corpus.toString())).isZero();
        try (Stream<Path> files = Files.list(corpus)) {
            assertThat(files.count()).isEqualTo(12);
        }
        StringWriter out = new StringWriter();
        int code = new CommandLine(new BenchCommand()).setOut(new PrintWriter(out, true))
                .execute("run", "--dir", corpus.toString(), "--work", dir.resolve("work").toString(), "--warm-up", "0");
        assertThat(code).isZero();
        assertThat(number(out.toString(), FigureLabels.SUMMARIES)).isEqualTo(12);
    }

    private static double number(String text, String label) {
        return text.lines().filter(l -> l.startsWith(label + ": ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(label.length() + 2).split(" ")[0].toLowerCase(Locale.ROOT)))
                .orElseThrow();
    }
}
