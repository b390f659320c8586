package dev.claimgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.extract.Setting;
import dev.claimgraph.store.ClaimStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** No option value changes what a query does: the store is untouched and no foreign rows come back. */
class QueryInjectionTest {

    static final List<String> PAYLOADS = List.of(
            "x\" } ; DROP ALL ; #",
            "x\" } UNION { ?s ?p ?o } #",
            "MMLU\") || true || (\"",
            "x' } ; DELETE WHERE { ?s ?p ?o } ; #",
            "<http://evil>",
            "> } INSERT DATA { <http://evil> <http://evil> <http://evil> } #",
            "\"\"\" ; CLEAR DEFAULT ; \"\"\"",
            "\u0000",
            "line\nbreak } #",
            "?s ?p ?o",
            "$model",
            "5-shot\" } ; DROP ALL ; #",
            "x".repeat(100_000));

    @TempDir
    static Path dir;

    private static Path db;
    private static Set<Quad> before;

    @BeforeAll
    static void store() throws Exception {
        db = dir.resolve("db");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> files = Files.list(Path.of("data/summaries"))) {
            for (Path file : files.toList()) {
                Files.copy(file, corpus.resolve(file.getFileName()));
            }
        }
        assertThat(CliRun.of("ingest", "-q", "--db", db.toString(), corpus.toString()).exitCode()).isZero();
        before = quads();
    }

    /** A query, the option given the payload, and the other options. */
    record QueryRun(String query, String option, String payload, List<String> others) {

        List<String> args(String value) {
            List<String> args = new ArrayList<>(List.of("query", "--db", db.toString(), "--format", "csv", query));
            args.addAll(others);
            args.addAll(List.of(option, value));
            return args;
        }

        /**
         * What the payload means as a value: the setting it parses to (the parser reads a setting
         * from the start of the text), or a name nothing has.
         */
        String neutral() {
            if (option.equals("--setting")) {
                try {
                    return Setting.parse(payload).toString();
                } catch (IllegalArgumentException e) {
                    return "zzz-unknown";
                }
            }
            return "zzz-unknown";
        }

        @Override
        public String toString() {
            return query + " " + others + " " + option + " " + abbreviated(payload);
        }
    }

    static List<QueryRun> queryRuns() {
        List<QueryRun> runs = new ArrayList<>();
        List<String> mmlu = List.of("--benchmark", "MMLU");
        List<String> gpt4 = List.of("--model", "GPT-4");
        for (String p : PAYLOADS) {
            runs.add(new QueryRun("leaderboard", "--benchmark", p, List.of()));
            runs.add(new QueryRun("leaderboard", "--model", p, mmlu));
            runs.add(new QueryRun("leaderboard", "--setting", p, mmlu));
            runs.add(new QueryRun("model", "--model", p, List.of()));
            runs.add(new QueryRun("head-to-head", "--model2", p, gpt4));
            runs.add(new QueryRun("conflicts", "--benchmark", p, List.of()));
            runs.add(new QueryRun("corroborations", "--setting", p, List.of()));
            runs.add(new QueryRun("sota", "--benchmark", p, List.of()));
            runs.add(new QueryRun("self-vs-third-party", "--model", p, List.of()));
        }
        return runs;
    }

    @ParameterizedTest
    @MethodSource("queryRuns")
    void queryOptionsAreValuesNotSyntax(QueryRun q) {
        CliRun run = CliRun.of(q.args(q.payload()));
        CliRun neutral = CliRun.of(q.args(q.neutral()));

        // 0, or 2 for a value the query refuses (an unparsable setting, an unknown model).
        assertThat(run.exitCode()).as(run.err()).isIn(0, 2).isEqualTo(neutral.exitCode());
        assertThat(run.out()).as("the payload answers as the plain value %s does", q.neutral())
                .isEqualTo(neutral.out());
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        if (q.payload().indexOf('\n') < 0) {
            assertThat(run.err().lines().count()).as(run.err()).isLessThanOrEqualTo(1);
        }
    }

    static List<List<String>> exportRuns() {
        List<List<String>> runs = new ArrayList<>();
        for (String payload : PAYLOADS) {
            runs.add(List.of("--source", payload));
            runs.add(List.of("--model", payload));
            runs.add(List.of("--source", "gpt4-2023.txt", "--model", payload));
        }
        return runs;
    }

    @ParameterizedTest
    @MethodSource("exportRuns")
    void exportOptionsAreValuesNotSyntax(List<String> args) {
        List<String> command = new ArrayList<>(List.of("export", "--db", db.toString(), "--format", "nq"));
        command.addAll(args);

        CliRun run = CliRun.of(command);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith("claimgraph: no ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theSameOptionsStillFindRealNames() {
        CliRun run = CliRun.of("query", "--db", db.toString(), "--format", "csv", "leaderboard", "--benchmark", "MMLU");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().count()).isGreaterThan(2);
    }

    // Checked once after all runs: a copy of the store per run would triple the time of this class.
    @AfterAll
    static void theStoreIsUnchanged() {
        assertThat(quads()).isEqualTo(before);
    }

    private static String abbreviated(String s) {
        String shown = s.replace("\u0000", "\\0").replace("\n", "\\n");
        return shown.length() > 40 ? shown.substring(0, 40) + "... (" + s.length() + " chars)" : shown;
    }

    private static Set<Quad> quads() {
        try (ClaimStore store = ClaimStore.open(db)) {
            return StoreChecks.quads(store);
        }
    }
}
