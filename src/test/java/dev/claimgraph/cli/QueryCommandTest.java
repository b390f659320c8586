package dev.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.query.SampleStore;
import dev.claimgraph.store.ClaimStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class QueryCommandTest {

    @TempDir
    static Path dir;

    static Path db;

    @BeforeAll
    static void ingestSamples() {
        db = dir.resolve("db");
        try (ClaimStore store = SampleStore.build(db, Lexicon.bundled())) {
            // built and closed: the command opens it itself
        }
    }

    record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new QueryCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void leaderboardAsTable() {
        Run r = run("leaderboard", "--db", db.toString(), "--benchmark", "MMLU", "--setting", "5-shot");
        assertThat(r.exit()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).startsWith("rank").contains("model", "setting", "score", "sources");
        assertThat(lines[1]).matches("[- ]+");
        assertThat(lines[2]).startsWith("1 ").contains("GPT-4", "86.4");
        assertThat(r.out()).contains("Gemini Ultra", "PaLM 2-L");
        // Columns are aligned: every row starts its model cell at the same offset.
        int modelColumn = lines[0].indexOf("model");
        assertThat(lines[2].substring(modelColumn)).startsWith("GPT-4");
    }

    @Test
    void conflictsAsJson() throws Exception {
        Run r = run("conflicts", "--db", db.toString(), "--format", "json", "--model", "LLaMA-2 70B");
        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(1);
        JsonNode conflict = json.get(0);
        assertThat(conflict.get("model").asText()).isEqualTo("Llama 2 70B");
        assertThat(conflict.get("lowScore").decimalValue()).isEqualByComparingTo("68.9");
        assertThat(conflict.get("highScore").decimalValue()).isEqualByComparingTo("69.9");
        assertThat(conflict.get("reports").get(0).get("evidence").asText()).contains("68.9");
        assertThat(conflict.get("reports").get(2).get("source").asText()).isEqualTo("mixtral-2024.md");
    }

    @Test
    void headToHeadAsCsv() {
        Run r = run("head-to-head", "--db", db.toString(), "--model", "GPT-4", "--model2", "GPT-3.5",
                "--format", "csv", "--benchmark", "MMLU");
        assertThat(r.exit()).isZero();
        assertThat(r.out().split("\r\n")).hasSize(2);
        assertThat(r.out()).startsWith("benchmark,setting,GPT-4,GPT-3.5,winner,margin");
        assertThat(r.out()).contains("MMLU,5-shot,86.4,70.0,GPT-4,16.4,yes");
    }

    @Test
    void everyNamedQueryRuns() {
        for (String name : new String[] {"corroborations", "setting-mismatch", "sota", "self-vs-third-party"}) {
            for (String format : new String[] {"table", "json", "csv"}) {
                Run r = run(name, "--db", db.toString(), "--format", format);
                assertThat(r.exit()).as(name + " " + format + ": " + r.err()).isZero();
                assertThat(r.out()).isNotBlank();
            }
        }
        Run model = run("model", "--db", db.toString(), "--model", "Llama 2 70B");
        assertThat(model.exit()).isZero();
        assertThat(model.out()).contains("organisation", "Meta", "parameters", "70B", "MMLU 68.9");
    }

    @Test
    void listNamesEveryQuery() {
        Run r = run("--list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("leaderboard", "conflicts", "corroborations", "setting-mismatch",
                "head-to-head", "model", "sota", "self-vs-third-party");
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        Run unknown = run("leaderbord", "--db", db.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().strip()).contains("unknown query 'leaderbord'").doesNotContain("\n");

        Run badSetting = run("leaderboard", "--db", db.toString(), "--benchmark", "MMLU", "--setting", "sideways");
        assertThat(badSetting.exit()).isEqualTo(2);
        assertThat(badSetting.err().strip()).contains("not an evaluation setting").doesNotContain("\n");

        Run noBenchmark = run("leaderboard", "--db", db.toString());
        assertThat(noBenchmark.exit()).isEqualTo(2);
        assertThat(noBenchmark.err().strip()).isEqualTo("query: leaderboard needs --benchmark");

        assertThat(run("head-to-head", "--db", db.toString(), "--model", "GPT-4").exit()).isEqualTo(2);
        assertThat(run("conflicts", "--db", db.toString(), "--format", "xml").exit()).isEqualTo(2);
        assertThat(run("conflicts", "--db", db.toString(), "--tolerance", "abc").exit()).isEqualTo(2);
    }

    @Test
    void missingStoreIsOneLineAndExitOne() {
        Path empty = dir.resolve("nothing-here");
        Run r = run("conflicts", "--db", empty.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("query: no ClaimGraph store in").doesNotContain("\n");
        assertThat(Files.exists(empty)).as("no store is created by querying").isFalse();
    }

    @Test
    void injectionThroughOptionsReturnsNoRowsAndLeavesTheStoreAlone() throws Exception {
        long before = storeSize();
        Run model = run("self-vs-third-party", "--db", db.toString(), "--model", "x\" } DROP ALL #",
                "--format", "json");
        assertThat(model.exit()).isZero();
        assertThat(new ObjectMapper().readTree(model.out())).isEmpty();
        Run bench = run("leaderboard", "--db", db.toString(), "--benchmark", "MMLU> } DROP ALL { <x",
                "--format", "json");
        assertThat(bench.exit()).isZero();
        assertThat(new ObjectMapper().readTree(bench.out())).isEmpty();
        assertThat(storeSize()).isEqualTo(before);
        assertThat(run("leaderboard", "--db", db.toString(), "--benchmark", "MMLU").out()).contains("GPT-4");
    }

    private static long storeSize() {
        try (ClaimStore store = ClaimStore.open(db)) {
            return store.read(ds -> {
                long[] n = {0};
                ds.asDatasetGraph().find().forEachRemaining(q -> n[0]++);
                return n[0];
            });
        }
    }
}
