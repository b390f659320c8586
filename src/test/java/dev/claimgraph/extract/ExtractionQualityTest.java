package dev.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimgraph.eval.Counts;
import dev.claimgraph.eval.Evaluation;
import dev.claimgraph.eval.GoldScorer;
import dev.claimgraph.source.SourceReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality against hand-annotated summaries, scored as the reference scorer does:
 * the shared example corpus, and two sets written in the same styles about other papers.
 */
class ExtractionQualityTest {

    private static final Extractor EXTRACTOR = new Extractor(Lexicon.bundled());

    @Test
    void sharedCorpus() throws Exception {
        Path corpus = Path.of("..", "shared", "corpus");
        assumeTrue(Files.isDirectory(corpus), "the shared corpus sits beside the project");
        Evaluation e = evaluate(corpus);
        assertThat(e.overall().f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(e.byKind().get("results").f1()).isGreaterThanOrEqualTo(0.97);
        e.byKind().values().forEach(kind -> assertThat(kind.f1()).isGreaterThanOrEqualTo(0.90));
    }

    @Test
    void summariesOfOtherPapers() throws Exception {
        assertThat(evaluate(Path.of("src/test/resources/generalisation")).overall().f1()).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void furtherSummariesOfOtherPapers() throws Exception {
        assertThat(evaluate(Path.of("src/test/resources/heldout")).overall().f1()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void aThirdSetOfOtherPapers() throws Exception {
        assertThat(evaluate(Path.of("src/test/resources/heldout2")).overall().f1()).isGreaterThanOrEqualTo(0.88);
    }

    private static Evaluation evaluate(Path folder) throws Exception {
        Map<String, JsonNode> predictions = new HashMap<>();
        List<Path> summaries;
        try (Stream<Path> files = Files.list(folder)) {
            summaries = files.filter(p -> !p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        SourceReader reader = new SourceReader();
        for (Path summary : summaries) {
            ExtractionResult result = EXTRACTOR.extract(reader.read(summary));
            predictions.put(summary.getFileName().toString(), ClaimJson.toJson(result));
        }
        StringWriter report = new StringWriter();
        Evaluation e = new GoldScorer(true).evaluate(GoldScorer.goldFiles(folder), predictions, new PrintWriter(report));
        System.out.println(folder + "\n" + report);
        Counts overall = e.overall();
        assertThat(overall.gold()).isPositive();
        return e;
    }
}
