package dev.claimgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.bench.GeneratedSummary;
import dev.claimgraph.bench.SummaryGenerator;
import dev.claimgraph.extract.Extractor;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.rdf.ClaimGraphMapper;
import dev.claimgraph.store.ClaimStore;
import dev.claimgraph.store.IngestOptions;
import dev.claimgraph.store.IngestPipeline;
import dev.claimgraph.store.ProgressListener;
import dev.claimgraph.store.ScoreTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The score table against the claims it summarises: leaderboards and conflicts read from the
 * table must be what the individual reports say, whether the table is current or stale.
 */
class ScoreTableQueriesTest {

    private static final List<String> TOLERANCES = List.of("0.05", "1", "5");

    @TempDir
    static Path dir;

    private static Lexicon lexicon;
    private static Path corpus;

    @BeforeAll
    static void generate() throws IOException {
        lexicon = Lexicon.bundled();
        corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        SummaryGenerator generator = new SummaryGenerator(lexicon, 77L);
        for (int i = 0; i < 150; i++) {
            GeneratedSummary summary = generator.generate(i);
            Files.write(corpus.resolve(summary.fileName()), summary.bytes());
        }
    }

    @Test
    void leaderboardsAndConflictsAreWhatTheReportsSay() {
        try (ClaimStore store = ingest("checked");
                ClaimQueries queries = ClaimQueries.local(store, lexicon)) {
            assertThat(store.scoreTableCurrent()).isTrue();
            List<ScoreReport> reports = queries.scores(ClaimFilter.NONE);
            Map<String, List<ScoreReport>> byKey = reports.stream()
                    .collect(Collectors.groupingBy(ScoreReport::subjectKey, LinkedHashMap::new, Collectors.toList()));
            Set<String> benchmarks = reports.stream().map(ScoreReport::benchmark).collect(Collectors.toCollection(TreeSet::new));
            assertThat(benchmarks).hasSizeGreaterThan(5);

            int rows = 0;
            for (String benchmark : benchmarks) {
                for (LeaderboardRow row : queries.leaderboard(benchmark, null)) {
                    List<ScoreReport> group = byKey.get(row.model() + "\u0000" + row.benchmark() + "\u0000" + row.setting());
                    assertThat(group).as(row.toString()).isNotNull();
                    assertThat(row.reportCount()).isEqualTo(group.size());
                    assertThat(row.sourceCount()).isEqualTo((int) group.stream().map(ScoreReport::source).distinct().count());
                    assertThat(row.minScore()).isEqualByComparingTo(Scores.min(group));
                    assertThat(row.maxScore()).isEqualByComparingTo(Scores.max(group));
                    assertThat(row.score()).as(() -> row + " " + group.stream().map(r -> r.score() + "@" + r.date() + "@" + r.source()).toList()).isEqualByComparingTo(Scores.representative(group));
                    rows++;
                }
            }
            assertThat(rows).as("every model, benchmark and setting appears once").isEqualTo(byKey.size());

            for (String tolerance : TOLERANCES) {
                BigDecimal tol = new BigDecimal(tolerance);
                List<Conflict> conflicts = queries.conflicts(ClaimFilter.NONE, tol);
                Set<String> expected = new TreeSet<>();
                byKey.forEach((key, group) -> {
                    if (contradicted(group, tol)) {
                        expected.add(key);
                    }
                });
                assertThat(conflicts.stream().map(c -> c.model() + "\u0000" + c.benchmark() + "\u0000" + c.setting()))
                        .as("conflicts at tolerance " + tolerance).containsExactlyInAnyOrderElementsOf(expected);
                for (Conflict c : conflicts) {
                    List<ScoreReport> group = byKey.get(c.model() + "\u0000" + c.benchmark() + "\u0000" + c.setting());
                    assertThat(c.lowScore()).isEqualByComparingTo(Scores.min(group));
                    assertThat(c.highScore()).isEqualByComparingTo(Scores.max(group));
                    assertThat(c.reports()).extracting(ScoreReport::claim).containsExactlyInAnyOrderElementsOf(
                            group.stream().filter(r -> r.score().compareTo(c.lowScore()) == 0
                                    || r.score().compareTo(c.highScore()) == 0).map(ScoreReport::claim).toList());
                }
            }
            List<Conflict> all = queries.conflicts();
            assertThat(all).as("the generated corpus has conflicting reports").hasSizeGreaterThan(10);
            assertThat(all).extracting(Conflict::spread).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(queries.conflicts(ClaimFilter.NONE, ClaimQueries.DEFAULT_TOLERANCE, 5))
                    .as("the five largest spreads").isEqualTo(all.subList(0, 5));
        }
    }

    @Test
    void aLimitedProfileListsTheComparisonsMostSourcesState() {
        try (ClaimStore store = ingest("profiles");
                ClaimQueries queries = ClaimQueries.local(store, lexicon)) {
            String model = queries.leaderboard("MMLU", null).stream()
                    .max(Comparator.comparingInt(LeaderboardRow::reportCount)).orElseThrow().model();
            assertThat(QueryArguments.DEFAULT_LIMIT).as("a default profile reads the leading facts only")
                    .isLessThanOrEqualTo(ScoreTable.LEADING_COMPARISONS);
            ModelProfile full = queries.model(model);
            assertThat(full.comparisons()).as(model).hasSizeGreaterThan(3);
            assertThat(full.comparisonCount()).isEqualTo(full.comparisons().size());

            assertThat(queries.model(model, full.comparisonCount() + 1)).as("a limit beyond the leading facts")
                    .isEqualTo(full);
            ModelProfile limited = queries.model(model, 3);
            assertThat(limited.comparisons()).hasSize(3).isSubsetOf(full.comparisons());
            assertThat(limited.comparisonCount()).isEqualTo(full.comparisonCount());
            int fewestListed = limited.comparisons().stream().mapToInt(ComparisonFact::sourceCount).min().orElseThrow();
            assertThat(full.comparisons()).filteredOn(c -> !limited.comparisons().contains(c))
                    .allSatisfy(c -> assertThat(c.sourceCount()).isLessThanOrEqualTo(fewestListed));
            assertThat(limited.scores()).isEqualTo(full.scores());
            assertThat(limited.facts()).last().satisfies(f -> assertThat(f.value())
                    .isEqualTo("… and " + (full.comparisonCount() - 3) + " more, stated by fewer sources"));
        }
    }

    @Test
    void aStaleTableGivesTheSameAnswersAsACurrentOne() {
        try (ClaimStore store = SampleStore.buildWithoutScoreTable(dir.resolve("stale"), lexicon);
                ClaimQueries queries = ClaimQueries.local(store, lexicon)) {
            assertThat(store.scoreTableCurrent()).isFalse();
            List<Object> before = answers(queries);
            assertThat(store.refreshScoreTable()).isGreaterThan(5);
            assertThat(store.scoreTableCurrent()).isTrue();
            assertThat(answers(queries)).isEqualTo(before);
            assertThat(store.refreshScoreTable()).as("nothing left to rebuild").isZero();
        }
    }

    @Test
    void replacingAndRemovingADocumentUpdateTheTable() throws IOException {
        Path notes = dir.resolve("edited");
        Files.createDirectories(notes);
        Path a = notes.resolve("a.txt");
        Path b = notes.resolve("b.txt");
        Files.writeString(a, "Paper A (2024-01-02)\nLlama 2 70B scores 50.0 on MMLU (5-shot).\n");
        Files.writeString(b, "Paper B (2024-02-03)\nLlama 2 70B scores 52.0 on MMLU (5-shot).\n");
        try (ClaimStore store = ClaimStore.open(dir.resolve("edited-db"));
                ClaimQueries queries = ClaimQueries.local(store, lexicon)) {
            ingest(store, notes);
            assertThat(row(queries)).satisfies(r -> {
                assertThat(r.minScore()).isEqualByComparingTo("50");
                assertThat(r.maxScore()).isEqualByComparingTo("52");
            });
            assertThat(queries.conflicts()).hasSize(1);

            Files.writeString(a, "Paper A (2024-01-02)\nLlama 2 70B scores 52.0 on MMLU (5-shot).\n");
            ingest(store, notes);
            assertThat(store.scoreTableCurrent()).isTrue();
            assertThat(row(queries)).satisfies(r -> {
                assertThat(r.minScore()).isEqualByComparingTo("52");
                assertThat(r.reportCount()).isEqualTo(2);
            });
            assertThat(queries.conflicts()).isEmpty();

            assertThat(store.remove("a.txt")).isTrue();
            assertThat(store.scoreTableCurrent()).as("a removal marks its benchmarks").isFalse();
            assertThat(row(queries).reportCount()).isEqualTo(1);
            store.refreshScoreTable();
            assertThat(row(queries).reportCount()).isEqualTo(1);
        }
    }

    @Test
    void aDocumentWithoutScoresMarksItsModelsFacts() throws IOException {
        Path notes = dir.resolve("facts");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("size.txt"), "Paper C (2024-03-04)\nLlama 2 70B has 70 billion parameters.\n");
        try (ClaimStore store = ClaimStore.open(dir.resolve("facts-db"));
                ClaimQueries queries = ClaimQueries.local(store, lexicon)) {
            ingest(store, notes);
            assertThat(store.scoreTableCurrent()).isTrue();
            assertThat(queries.model("Llama 2 70B").parameters()).extracting(QuantityFact::value)
                    .containsExactly(70_000_000_000L);

            assertThat(store.remove("size.txt")).isTrue();
            assertThat(store.scoreTableCurrent()).as("a removal marks its models").isFalse();
            assertThat(queries.model("Llama 2 70B").parameters()).as("read from the claims while marked").isEmpty();
            store.refreshScoreTable();
            assertThat(store.scoreTableCurrent()).isTrue();
            assertThat(queries.model("Llama 2 70B").parameters()).isEmpty();
        }
    }

    private static LeaderboardRow row(ClaimQueries queries) {
        List<LeaderboardRow> board = queries.leaderboard("MMLU", dev.claimgraph.extract.Setting.parse("5-shot"));
        assertThat(board).hasSize(1);
        return board.get(0);
    }

    private static List<Object> answers(ClaimQueries queries) {
        List<Object> answers = new ArrayList<>();
        for (String benchmark : List.of("MMLU", "GSM8K", "HumanEval", "HellaSwag")) {
            answers.add(queries.leaderboard(benchmark, null));
        }
        for (String tolerance : TOLERANCES) {
            answers.add(queries.conflicts(ClaimFilter.NONE, new BigDecimal(tolerance)));
        }
        answers.add(queries.conflicts(ClaimFilter.NONE.withBenchmark("MMLU"), ClaimQueries.DEFAULT_TOLERANCE));
        answers.add(queries.conflicts(ClaimFilter.NONE.withModel("Llama 2 70B"), ClaimQueries.DEFAULT_TOLERANCE));
        for (String model : List.of("GPT-4", "Mistral 7B", "Llama 2 70B", "Gemini Ultra")) {
            answers.add(queries.model(model));
            answers.add(queries.model(model, 1));
        }
        return answers;
    }

    /** True when two reports from different sources lie further apart than the tolerance. */
    private static boolean contradicted(List<ScoreReport> group, BigDecimal tolerance) {
        for (ScoreReport x : group) {
            for (ScoreReport y : group) {
                if (!x.source().equals(y.source()) && x.score().subtract(y.score()).compareTo(tolerance) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ClaimStore ingest(String name) {
        ClaimStore store = ClaimStore.open(dir.resolve(name), new ClaimGraphMapper(lexicon).reference());
        ingest(store, corpus);
        return store;
    }

    private static void ingest(ClaimStore store, Path folder) {
        new IngestPipeline(store, new Extractor(lexicon), new ClaimGraphMapper(lexicon), new IngestOptions(40, 2))
                .run(List.of(folder), ProgressListener.NONE);
    }
}
