package dev.claimgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.extract.Setting;
import dev.claimgraph.store.ClaimStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimQueriesTest {

    @TempDir
    static Path dir;

    static Lexicon lexicon;
    static ClaimStore store;
    static ClaimQueries queries;

    @BeforeAll
    static void ingestSamples() {
        lexicon = Lexicon.bundled();
        store = SampleStore.build(dir.resolve("db"), lexicon);
        queries = ClaimQueries.local(store, lexicon);
    }

    @AfterAll
    static void close() {
        queries.close();
        store.close();
    }

    @Test
    void leaderboardRanksMmluFiveShotBestFirst() {
        List<LeaderboardRow> board = queries.leaderboard("MMLU", Setting.parse("5-shot"));
        assertThat(board).extracting(LeaderboardRow::setting).containsOnly("5-shot");
        assertThat(board.get(0)).satisfies(r -> {
            assertThat(r.rank()).isEqualTo(1);
            assertThat(r.model()).isEqualTo("GPT-4");
            assertThat(r.score()).isEqualByComparingTo("86.4");
            assertThat(r.sourceCount()).isGreaterThanOrEqualTo(4);
            assertThat(r.reportCount()).isGreaterThanOrEqualTo(r.sourceCount());
        });
        // gemini-2023.txt names the model "Gemini", the Gemini table "Gemini Ultra": both tie at 83.7.
        assertThat(board.subList(1, 3)).extracting(LeaderboardRow::model)
                .containsExactlyInAnyOrder("Gemini Ultra", "Gemini");
        assertThat(board.subList(1, 3)).allSatisfy(r -> {
            assertThat(r.rank()).isEqualTo(2);
            assertThat(r.score()).isEqualByComparingTo("83.7");
        });
        assertThat(board.get(3).model()).isEqualTo("PaLM 2-L");
        assertThat(board.get(3).score()).isEqualByComparingTo("78.3");
        assertThat(board).extracting(LeaderboardRow::score)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void leaderboardShowsBothValuesWhereSourcesDisagree() {
        LeaderboardRow llama = queries.leaderboard("mmlu", Setting.parse("5-shot")).stream()
                .filter(r -> r.model().equals("Llama 2 70B")).findFirst().orElseThrow();
        assertThat(llama.sourcesDisagree()).isTrue();
        assertThat(llama.minScore()).isEqualByComparingTo("68.9");
        assertThat(llama.maxScore()).isEqualByComparingTo("69.9");
        assertThat(llama.sourceCount()).isEqualTo(3);
        assertThat(llama.score()).as("two sources give 68.9, one 69.9").isEqualByComparingTo("68.9");
    }

    @Test
    void leaderboardAcrossSettingsLabelsEachRowAndResolvesAliases() {
        List<LeaderboardRow> board = queries.leaderboard("GSM-8K", null);
        assertThat(board).extracting(LeaderboardRow::benchmark).containsOnly("GSM8K");
        assertThat(board).extracting(LeaderboardRow::setting)
                .contains("5-shot CoT", "8-shot", "8-shot maj@8", "maj@32");
        assertThat(board).filteredOn(r -> r.setting().equals("8-shot maj@8")).first()
                .satisfies(r -> assertThat(r.model()).isEqualTo("Mixtral 8x7B"));
    }

    @Test
    void conflictsFindLlamaAndMistralOnMmlu() {
        List<Conflict> conflicts = queries.conflicts();
        Conflict llama = find(conflicts, "Llama 2 70B", "MMLU", "5-shot");
        assertThat(llama.lowScore()).isEqualByComparingTo("68.9");
        assertThat(llama.highScore()).isEqualByComparingTo("69.9");
        assertThat(llama.reports()).extracting(ScoreReport::source, r -> r.score().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("llama2-2023.txt", "68.9"),
                        org.assertj.core.groups.Tuple.tuple("llama2-notes-zh.txt", "68.9"),
                        org.assertj.core.groups.Tuple.tuple("mixtral-2024.md", "69.9"));
        assertThat(llama.reports()).allSatisfy(r -> {
            assertThat(r.date()).isNotBlank();
            assertThat(r.evidence()).isNotBlank();
        });
        assertThat(llama.reports().get(0).date()).isEqualTo("2023-07-18");
        assertThat(llama.reports().get(0).evidence()).contains("68.9");

        Conflict mistral = find(conflicts, "Mistral 7B", "MMLU", "5-shot");
        assertThat(mistral.reports()).extracting(ScoreReport::source, r -> r.score().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mistral7b-2023.txt", "60.1"),
                        org.assertj.core.groups.Tuple.tuple("mixtral-2024.md", "62.5"));
    }

    @Test
    void toleranceHidesSmallDifferences() {
        ClaimFilter mmlu = ClaimFilter.NONE.withBenchmark("MMLU").withSetting(Setting.parse("5-shot"));
        assertThat(queries.conflicts(mmlu, new BigDecimal("1.5"))).extracting(Conflict::model)
                .containsExactly("Mistral 7B");
        assertThat(queries.conflicts(mmlu.withModel("Mistral 7B"), ClaimQueries.DEFAULT_TOLERANCE))
                .extracting(Conflict::model).containsExactly("Mistral 7B");
    }

    @Test
    void gpt4MmluIsCorroboratedBySeveralSources() {
        Corroboration gpt4 = queries.corroborations().stream()
                .filter(c -> c.model().equals("GPT-4") && c.benchmark().equals("MMLU") && c.setting().equals("5-shot"))
                .findFirst().orElseThrow();
        assertThat(gpt4.score()).isEqualByComparingTo("86.4");
        assertThat(gpt4.sources()).contains("gpt4-2023.txt", "gemini-2023.txt", "gemini-table-2023.md",
                "llama2-2023.txt");
        assertThat(gpt4.sourceCount()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void gpt4Gsm8kScoreIsCitedUnderTwoSettings() {
        ScoreSettingMismatch gsm = queries.settingMismatches().stream()
                .filter(ScoreSettingMismatch.class::isInstance).map(ScoreSettingMismatch.class::cast)
                .filter(m -> m.model().equals("GPT-4") && m.benchmark().equals("GSM8K"))
                .findFirst().orElseThrow();
        assertThat(gsm.score()).isEqualByComparingTo("92.0");
        assertThat(gsm.settings()).containsExactlyInAnyOrder("5-shot CoT", "8-shot");
        assertThat(gsm.reports()).extracting(ScoreReport::setting, ScoreReport::source).contains(
                org.assertj.core.groups.Tuple.tuple("5-shot CoT", "gpt4-2023.txt"),
                org.assertj.core.groups.Tuple.tuple("5-shot CoT", "gemini-table-2023.md"),
                org.assertj.core.groups.Tuple.tuple("8-shot", "llama2-2023.txt"));
    }

    @Test
    void geminiComparisonAcrossCotAndFiveShotIsAMismatch() {
        List<ComparisonSettingMismatch> mismatches = queries.settingMismatches().stream()
                .filter(ComparisonSettingMismatch.class::isInstance).map(ComparisonSettingMismatch.class::cast)
                .filter(m -> m.comparisonSource().equals("gemini-2023.txt")).toList();
        // The notes call the subject "Gemini"; the Gemini table's "Gemini Ultra" is another model IRI.
        assertThat(mismatches).extracting(ComparisonSettingMismatch::side, ComparisonSettingMismatch::model)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("subject", "Gemini"),
                        org.assertj.core.groups.Tuple.tuple("object", "GPT-4"));
        ComparisonSettingMismatch gpt4 = mismatches.stream().filter(m -> m.side().equals("object"))
                .findFirst().orElseThrow();
        assertThat(gpt4.subject()).isEqualTo("Gemini");
        assertThat(gpt4.relation()).isEqualTo("better");
        assertThat(gpt4.benchmark()).isEqualTo("MMLU");
        assertThat(gpt4.comparisonSetting()).isEqualTo("CoT@32");
        assertThat(gpt4.measuredSettings()).containsExactly("5-shot");
        assertThat(gpt4.reports()).singleElement().satisfies(r -> {
            assertThat(r.score()).isEqualByComparingTo("86.4");
            assertThat(r.source()).isEqualTo("gemini-2023.txt");
        });
        assertThat(gpt4.comparisonEvidence()).containsIgnoringCase("CoT@32");
    }

    @Test
    void headToHeadGpt4AgainstGpt35() {
        List<HeadToHeadRow> rows = queries.headToHead("GPT-4", "gpt-3.5");
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.modelA()).isEqualTo("GPT-4");
            assertThat(r.modelB()).isEqualTo("GPT-3.5");
            assertThat(r.winner()).isEqualTo("GPT-4");
            assertThat(r.margin().signum()).isPositive();
        });
        HeadToHeadRow mmlu = rows.stream().filter(r -> r.benchmark().equals("MMLU") && r.setting().equals("5-shot"))
                .findFirst().orElseThrow();
        assertThat(mmlu.scoreA()).isEqualByComparingTo("86.4");
        assertThat(mmlu.scoreB()).isEqualByComparingTo("70.0");
        assertThat(mmlu.margin()).isEqualByComparingTo("16.4");
        assertThat(mmlu.sourcesAgree()).isTrue();
        assertThat(rows).extracting(HeadToHeadRow::benchmark).contains("GSM8K", "HumanEval", "HellaSwag");
    }

    @Test
    void headToHeadReportsDisagreeingSources() {
        List<HeadToHeadRow> rows = queries.headToHead("Mistral 7B", "LLaMA-2 70B");
        HeadToHeadRow mmlu = rows.stream().filter(r -> r.benchmark().equals("MMLU")).findFirst().orElseThrow();
        assertThat(mmlu.modelB()).isEqualTo("Llama 2 70B");
        assertThat(mmlu.winner()).isEqualTo("Llama 2 70B");
        assertThat(mmlu.sourcesAgree()).isFalse();
    }

    @Test
    void profileOfLlama2_70b() {
        ModelProfile llama = queries.model("LLaMA-2 70B");
        assertThat(llama.model()).isEqualTo("Llama 2 70B");
        assertThat(llama.developers()).extracting(DeveloperFact::organisation).containsOnly("Meta");
        assertThat(llama.developers()).extracting(DeveloperFact::basis).contains("stated in text");
        assertThat(llama.parameters()).extracting(QuantityFact::value).containsOnly(70_000_000_000L);
        assertThat(llama.parameters()).as("two summaries give 70B: one line, counted twice").singleElement()
                .satisfies(q -> {
                    assertThat(q.sourceCount()).isEqualTo(2);
                    assertThat(q.source()).isEqualTo("llama2-2023.txt");
                    assertThat(q.evidence()).contains("70B");
                });
        assertThat(llama.scores()).extracting(ModelScore::benchmark).contains("MMLU", "GSM8K", "HumanEval");
        assertThat(llama.scores()).filteredOn(s -> s.benchmark().equals("MMLU") && s.setting().equals("5-shot"))
                .singleElement().satisfies(s -> {
                    assertThat(s.describe()).isEqualTo("68.9 (68.9 to 69.9)");
                    assertThat(s.reportCount()).isEqualTo(3);
                });
        assertThat(queries.scores(ClaimFilter.NONE.withModel("LLaMA-2 70B").withBenchmark("MMLU")
                .withSetting(Setting.parse("5-shot")))).extracting(s -> s.score().toPlainString())
                .containsExactlyInAnyOrder("68.9", "68.9", "69.9");
        assertThat(llama.facts()).isNotEmpty();
        assertThat(llama.isEmpty()).isFalse();
    }

    @Test
    void profileOfAModelWithComparisonsAndAliases() {
        ModelProfile gpt4 = queries.model("gpt4");
        assertThat(gpt4.model()).isEqualTo("GPT-4");
        assertThat(gpt4.comparisons()).extracting(ComparisonFact::describe)
                .contains("Gemini better than GPT-4 on MMLU (CoT@32)", "GPT-4 better than Gemini on MMLU (5-shot)")
                .anySatisfy(c -> assertThat(c).startsWith("GPT-4 better than GPT-3.5"));
        ModelProfile llama1 = queries.model("LLaMA-65B");
        assertThat(llama1.model()).isEqualTo("Llama 1 65B");
        assertThat(llama1.aliases()).contains("LLaMA 65B", "LLaMA-65B");
    }

    @Test
    void unknownModelHasAnEmptyProfile() {
        assertThat(queries.model("No Such Model 3B").isEmpty()).isTrue();
    }

    @Test
    void sotaOnMmlu() {
        List<SotaStep> steps = queries.sota("MMLU", null);
        assertThat(steps).extracting(SotaStep::benchmark).containsOnly("MMLU");
        List<SotaStep> fiveShot = steps.stream().filter(s -> s.setting().equals("5-shot")).toList();
        // GPT-4's March 2023 86.4 was never beaten at 5-shot by a later paper in the samples.
        assertThat(fiveShot).singleElement().satisfies(s -> {
            assertThat(s.model()).isEqualTo("GPT-4");
            assertThat(s.score()).isEqualByComparingTo("86.4");
            assertThat(s.date()).isEqualTo("2023-03-15");
            assertThat(s.source()).isEqualTo("gpt4-2023.txt");
            assertThat(s.previousModel()).isNull();
        });
        assertThat(steps).filteredOn(s -> s.setting().equals("CoT@32")).extracting(SotaStep::model)
                .containsExactly("Gemini Ultra");
    }

    @Test
    void sotaShowsImprovementsInDateOrder() {
        List<SotaStep> steps = queries.sota("HumanEval", Setting.parse("0-shot"));
        assertThat(steps).extracting(SotaStep::model, s -> s.score().toPlainString(), SotaStep::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple("GPT-4", "67.0", "2023-03-15"),
                org.assertj.core.groups.Tuple.tuple("Gemini Ultra", "74.4", "2023-12"));
        assertThat(steps.get(1).previousModel()).isEqualTo("GPT-4");
        assertThat(steps.get(1).previousScore()).isEqualByComparingTo("67.0");
    }

    @Test
    void selfVsThirdPartyForLlama2_70b() {
        List<SelfVsThirdParty> rows = queries.selfVsThirdParty("Llama 2 70B");
        SelfVsThirdParty mmlu = rows.stream().filter(r -> r.benchmark().equals("MMLU")).findFirst().orElseThrow();
        assertThat(mmlu.setting()).isEqualTo("5-shot");
        assertThat(mmlu.selfScore()).isEqualByComparingTo("68.9");
        assertThat(mmlu.thirdPartyScore()).isEqualByComparingTo("69.9");
        assertThat(mmlu.difference()).isEqualByComparingTo("1.0");
        assertThat(mmlu.selfReports()).flatExtracting(ScoreReport::reportedBy).contains("Meta");
        assertThat(mmlu.thirdPartyReports()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("mixtral-2024.md");
            assertThat(r.reportedBy()).contains("Mistral AI");
        });
        assertThat(rows).extracting(SelfVsThirdParty::model).containsOnly("Llama 2 70B");
    }

    @Test
    void hostileNamesMatchNothingAndChangeNothing() {
        Set<Quad> before = quads();
        String injection = "x\" } DROP ALL #";
        assertThat(queries.model(injection).isEmpty()).isTrue();
        assertThat(queries.selfVsThirdParty(injection)).isEmpty();
        assertThat(queries.conflicts(ClaimFilter.NONE.withModel(injection), ClaimQueries.DEFAULT_TOLERANCE)).isEmpty();
        assertThat(queries.leaderboard("MMLU> } ; DROP ALL ; <x", null)).isEmpty();
        assertThat(queries.sota("<http://example.org/>", null)).isEmpty();
        assertThat(queries.headToHead(injection, "GPT-4")).isEmpty();
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void leaderboardNeedsABenchmark() {
        assertThatThrownBy(() -> queries.leaderboard(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void remoteEndpointGivesTheSameAnswers() {
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/claims", store.dataset()).build();
        server.start();
        try (ClaimQueries remote = ClaimQueries.remote("http://localhost:" + server.getPort() + "/claims/sparql",
                lexicon)) {
            assertThat(remote.conflicts()).isEqualTo(queries.conflicts());
            assertThat(remote.leaderboard("MMLU", Setting.parse("5-shot")))
                    .isEqualTo(queries.leaderboard("MMLU", Setting.parse("5-shot")));
            assertThat(remote.settingMismatches()).isEqualTo(queries.settingMismatches());
        } finally {
            server.stop();
        }
    }

    private static Set<Quad> quads() {
        return store.read(ds -> {
            Set<Quad> quads = new HashSet<>();
            ds.asDatasetGraph().find().forEachRemaining(quads::add);
            return quads;
        });
    }

    private static Conflict find(List<Conflict> conflicts, String model, String benchmark, String setting) {
        return conflicts.stream()
                .filter(c -> c.model().equals(model) && c.benchmark().equals(benchmark) && c.setting().equals(setting))
                .findFirst().orElseThrow(() -> new AssertionError("no conflict for " + model + " " + benchmark));
    }
}
