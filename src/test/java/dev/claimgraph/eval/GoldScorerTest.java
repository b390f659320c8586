package dev.claimgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldScorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void matchesByTheReferenceRules() throws Exception {
        Path gold = Files.writeString(dir.resolve("doc.gold.json"), """
                {"document": "doc.txt",
                 "models": [{"model": ["Gemini Ultra", "Gemini"], "organisation": "Google"},
                            {"model": "PaLM 2", "parameters": 340000000000},
                            {"model": "GPT-4", "organisation": "OpenAI", "optional": true}],
                 "results": [{"model": "GPT-4", "benchmark": "MMLU", "score": 86.4,
                              "setting": [{"shots": 5}, {"shots": null}]},
                             {"model": "GPT-4", "benchmark": "GSM8K", "score": 92.0,
                              "setting": {"shots": 5, "cot": true}}]}
                """);
        JsonNode prediction = JSON.readTree("""
                {"document": "doc.txt",
                 "models": [{"model": "gemini", "organisation": "google"},
                            {"model": "PaLM-2", "parameters": 342000000000},
                            {"model": "Llama", "lexicon_organisation": "Meta"}],
                 "results": [{"model": "gpt-4", "benchmark": "mmlu", "score": 86.45, "setting": {"shots": 5}},
                             {"model": "GPT-4", "benchmark": "GSM8K", "score": 92.0, "setting": {"shots": 5}},
                             {"model": "GPT-4", "benchmark": "HellaSwag", "score": 95.3}]}
                """);
        StringWriter out = new StringWriter();

        Counts all = new GoldScorer(false).score(List.of(gold), Map.of("doc.txt", prediction), new PrintWriter(out));

        assertThat(out.toString()).startsWith("doc.gold.json: organisation 1/1 (+0 extra); "
                + "parameters 1/1 (+0 extra); results 1/2 (+2 extra)\n");
        assertThat(all).isEqualTo(new Counts(3, 2, 1));
        assertThat(out.toString()).endsWith("overall precision 0.600 recall 0.750\noverall F1 0.667\n");
    }

    @Test
    void roundsHalfEvenOnTheBinaryValueAsPythonDoes() {
        assertThat(Counts.fixed3(0.8125)).isEqualTo("0.812");
        assertThat(Counts.fixed3(2.0 / 3)).isEqualTo("0.667");
        assertThat(Counts.fixed3(1.0)).isEqualTo("1.000");
    }
}
