package dev.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.claimgraph.source.Document;
import dev.claimgraph.source.SourceException;
import dev.claimgraph.source.SourceReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each feature of the extractor on a short summary written for the test. */
class ExtractorTest {

    private static final Extractor EXTRACTOR = new Extractor(Lexicon.bundled());

    private static ExtractionResult extract(String name, String text) throws SourceException {
        Document doc = new SourceReader().read(name, text);
        ExtractionResult result = EXTRACTOR.extract(doc);
        for (Claim c : result.claims()) {
            assertThat(c.evidence()).isNotEmpty();
            for (Span span : c.evidence()) {
                assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
            }
        }
        return result;
    }

    private static String notes(String title, String affiliation, String... takeaways) {
        StringBuilder text = new StringBuilder("Paper Title\n\n" + title + "\n\nAuthors\n\nA. Writer, B. Reader\n\n"
                + "Affiliations\n\n" + affiliation + "\n\nDate\n\nMar 3rd, 2024\n\nKey Takeaways\n\n");
        for (int i = 0; i < takeaways.length; i++) {
            text.append("  ").append(i + 1).append(". ").append(takeaways[i]).append("\n\n");
        }
        return text.toString();
    }

    private static List<ScoreClaim> scores(ExtractionResult r) {
        return r.claims(ScoreClaim.class);
    }

    @Test
    void pairsOfScoresGoToTheComparedModels() throws Exception {
        ExtractionResult r = extract("falcon.txt", notes("Falcon 40B", "TII",
                "On HellaSwag (10-shot) Falcon 40B scores 85.3% compared with 82.8% for Llama 2 13B."));
        assertThat(scores(r)).extracting(ScoreClaim::model, ScoreClaim::benchmark, s -> s.score().doubleValue(),
                s -> s.setting().label())
                .containsExactlyInAnyOrder(
                        tuple("Falcon 40B", "HellaSwag", 85.3, "10-shot"),
                        tuple("Llama 2 13B", "HellaSwag", 82.8, "10-shot"));
    }

    @Test
    void aVsPairWithoutNamesTakesTheModelsFromTheParentItem() throws Exception {
        String text = notes("Qwen Technical Report", "Alibaba",
                "Headline numbers (Qwen 14B vs. Llama 2 13B):\n     - MMLU (5-shot): 66.3% vs. 54.8%\n"
                        + "     - GSM8K (8-shot): 60.1% vs. 28.7%");
        assertThat(scores(extract("qwen.txt", text))).extracting(ScoreClaim::model, ScoreClaim::benchmark)
                .containsExactlyInAnyOrder(tuple("Qwen 14B", "MMLU"), tuple("Llama 2 13B", "MMLU"),
                        tuple("Qwen 14B", "GSM8K"), tuple("Llama 2 13B", "GSM8K"));
    }

    @Test
    void theSubjectOfComparedToIsThePapersModel() throws Exception {
        ExtractionResult r = extract("orca.txt", notes("Orca 2", "Microsoft",
                "Reasoning: a clear gain on GSM8K compared to GPT-3.5 (47.2% vs. 41.0%)."));
        assertThat(scores(r)).extracting(ScoreClaim::model, s -> s.score().doubleValue())
                .containsExactlyInAnyOrder(tuple("Orca 2", 47.2), tuple("GPT-3.5", 41.0));
    }

    @Test
    void listsOfVariantsNameMembersOfThePapersFamily() throws Exception {
        ExtractionResult r = extract("phi.txt", notes("Phi-3 Technical Report", "Microsoft",
                "MMLU (5-shot) grows with size: Small 75.3%, Medium 78.2% and Mini 68.8%."));
        assertThat(scores(r)).extracting(ScoreClaim::model)
                .containsExactlyInAnyOrder("Phi-3 Small", "Phi-3 Medium", "Phi-3 Mini");
    }

    @Test
    void respectivelyPairsModelsAndScoresInOrder() throws Exception {
        ExtractionResult r = extract("gemma.txt", notes("Gemma", "Google DeepMind",
                "Gemma 2B and Gemma 7B reach 42.3% and 64.3% on MMLU (5-shot), respectively."));
        assertThat(scores(r)).extracting(ScoreClaim::model, s -> s.score().doubleValue())
                .containsExactly(tuple("Gemma 2B", 42.3), tuple("Gemma 7B", 64.3));
    }

    @Test
    void settingsWrittenBesideANumberBelongToItAlone() throws Exception {
        ExtractionResult r = extract("gpt3.txt", notes("Language Models are Few-Shot Learners", "OpenAI",
                "GPT-3 on TriviaQA: 64.3% zero-shot, 68.0% one-shot and 71.2% few-shot."));
        assertThat(scores(r)).extracting(s -> s.score().doubleValue(), s -> s.setting().label())
                .containsExactlyInAnyOrder(tuple(64.3, "0-shot"), tuple(68.0, "1-shot"), tuple(71.2, "few-shot"));
    }

    @Test
    void theSizeAloneNamesAMemberOfThePapersLine() throws Exception {
        ExtractionResult r = extract("llama.txt", notes("Llama 2: Open Foundation Models", "GenAI, Meta",
                "HumanEval pass@1 is 29.9% for the 70B model (7B: 12.8%, 13B: 18.3%)."));
        assertThat(scores(r)).extracting(ScoreClaim::model, s -> s.setting().label())
                .containsExactlyInAnyOrder(tuple("Llama 2 70B", "pass@1"), tuple("Llama 2 7B", "pass@1"),
                        tuple("Llama 2 13B", "pass@1"));
        assertThat(r.claims(ParameterClaim.class)).extracting(ParameterClaim::model, ParameterClaim::parameters)
                .contains(tuple("Llama 2 70B", 70_000_000_000L));
        assertThat(r.claims(DeveloperClaim.class)).extracting(DeveloperClaim::model, DeveloperClaim::organisation,
                DeveloperClaim::basis).contains(tuple("Llama 2 70B", "Meta", OrganisationBasis.STATED));
    }

    @Test
    void otherModelsGetTheirOrganisationFromTheLexicon() throws Exception {
        ExtractionResult r = extract("yi.txt", notes("Yi: Open Foundation Models", "01.AI",
                "Yi-34B beats GPT-3.5 on MMLU."));
        assertThat(r.claims(DeveloperClaim.class)).extracting(DeveloperClaim::model, DeveloperClaim::basis,
                DeveloperClaim::firstParty)
                .contains(tuple("GPT-3.5", OrganisationBasis.LEXICON, false), tuple("Yi 34B", OrganisationBasis.STATED, true));
    }

    @Test
    void comparisonsCarryTheirBenchmarkAndSetting() throws Exception {
        ExtractionResult r = extract("cmp.txt", notes("Mistral 7B", "Mistral AI",
                "On MMLU: using 5-shot prompts, Mistral 7B outperforms Llama 2 13B.",
                "Mistral 7B - Instruct is on par with Llama 2 13B - Chat."));
        assertThat(r.claims(ComparisonClaim.class)).extracting(ComparisonClaim::model, ComparisonClaim::relation,
                ComparisonClaim::object, ComparisonClaim::benchmark, c -> c.setting().label())
                .containsExactlyInAnyOrder(
                        tuple("Mistral 7B", Relation.BETTER, "Llama 2 13B", "MMLU", "5-shot"),
                        tuple("Mistral 7B Instruct", Relation.SIMILAR, "Llama 2 13B Chat", null, ""));
    }

    @Test
    void worseThanIsWrittenTheOtherWayRound() throws Exception {
        ExtractionResult r = extract("worse.txt", notes("Falcon 40B", "TII", "Falcon 40B is worse than GPT-4."));
        assertThat(r.claims(ComparisonClaim.class)).extracting(ComparisonClaim::model, ComparisonClaim::object)
                .containsExactly(tuple("GPT-4", "Falcon 40B"));
    }

    @Test
    void negatedSentencesClaimNothing() throws Exception {
        ExtractionResult r = extract("neg.txt", notes("Falcon 40B", "TII",
                "Falcon 40B does not beat GPT-4 on MMLU.", "It never outperforms Claude 2 either."));
        assertThat(r.claims(ComparisonClaim.class)).isEmpty();
    }

    @Test
    void parameterCountsAttachToTheirModel() throws Exception {
        ExtractionResult r = extract("gem.txt", notes("Gemini", "Google",
                "Nano-1 (1.8B params) and Nano-2 (3.25B params) run on-device. 32K context length."));
        assertThat(r.claims(ParameterClaim.class)).extracting(ParameterClaim::model, ParameterClaim::parameters)
                .containsExactlyInAnyOrder(tuple("Gemini Nano-1", 1_800_000_000L),
                        tuple("Gemini Nano-2", 3_250_000_000L));
        assertThat(r.claims(ContextLengthClaim.class)).extracting(ContextLengthClaim::model, ContextLengthClaim::tokens)
                .containsExactly(tuple("Gemini", 32_768L));
    }

    @Test
    void markdownTablesWithTheSettingInARowLabel() throws Exception {
        String text = "# Notes\n\n- **Paper:** Yi Models\n- **Affiliation:** 01.AI\n\n"
                + "| Model | MMLU (5-shot) | GSM8K (8-shot) |\n|---|---|---|\n"
                + "| Yi-34B | 76.3 | 67.2 |\n| Llama 2 70B | 68.9 | 56.8 |\n";
        assertThat(scores(extract("yi.md", text))).extracting(ScoreClaim::model, ScoreClaim::benchmark,
                s -> s.setting().label())
                .containsExactlyInAnyOrder(tuple("Yi 34B", "MMLU", "5-shot"), tuple("Yi 34B", "GSM8K", "8-shot"),
                        tuple("Llama 2 70B", "MMLU", "5-shot"), tuple("Llama 2 70B", "GSM8K", "8-shot"));
    }

    @Test
    void htmlTablesWithSettingsUnderTheScores() throws Exception {
        String text = "# Notes\n\n- **Paper:** Gemma\n- **Affiliation:** Google\n\n<table>\n"
                + "<tr><th>Benchmark</th><th>Gemma 7B</th><th>Mistral 7B</th></tr>\n"
                + "<tr><td>MATH</td><td>24.3%<br><small>4-shot</small></td><td>12.7%<br><small>maj@4</small></td></tr>\n"
                + "</table>\n";
        assertThat(scores(extract("gemma.md", text))).extracting(ScoreClaim::model, s -> s.setting().label())
                .containsExactlyInAnyOrder(tuple("Gemma 7B", "4-shot"), tuple("Mistral 7B", "maj@4"));
    }

    @Test
    void aNoteUnderATableGivesTheSetting() throws Exception {
        String text = "# Notes\n\n- **Paper:** StarCoder 2\n- **Affiliation:** BigCode\n\n"
                + "| Benchmark | StarCoder2 15B | CodeLlama 13B |\n|---|---|---|\n| HumanEval | 46.3 | 35.1 |\n\n"
                + "All numbers are pass@1.\n";
        assertThat(scores(extract("sc.md", text))).extracting(s -> s.setting().label()).containsOnly("pass@1");
    }

    @Test
    void jsonSummariesAreReadLikeNotes() throws Exception {
        String text = "{\"title\": \"Gemma\", \"affiliations\": [\"Google\"], \"date\": \"2024-02-21\","
                + " \"takeaways\": [\"MMLU (5-shot): Gemma 7B gets 64.3%, compared to 45.3% for Llama 2 7B.\"]}";
        ExtractionResult r = extract("gemma.json", text);
        assertThat(scores(r)).extracting(ScoreClaim::model).containsExactlyInAnyOrder("Gemma 7B", "Llama 2 7B");
        assertThat(r.paper().date()).isEqualTo("2024-02-21");
    }

    @Test
    void fractionsAndPlainNumbersKeepTheirScale() throws Exception {
        ExtractionResult r = extract("f.txt", notes("Gemma", "Google",
                "HellaSwag (0-shot) accuracy is 0.812 for Gemma 7B.", "Gemma 7B scores 6.9 on MT-Bench."));
        assertThat(scores(r)).extracting(s -> s.score().doubleValue(), ScoreClaim::unit)
                .containsExactlyInAnyOrder(tuple(0.812, ScoreUnit.FRACTION), tuple(6.9, ScoreUnit.POINTS));
    }

    @Test
    void chineseHeadingsGiveTheMetadata() throws Exception {
        String text = "论文标题\n\nQwen Technical Report\n\n作者\n\nJinze Bai 等\n\n机构\n\nAlibaba\n\n日期\n\n"
                + "2023年9月28日\n\n要点\n\n  · MMLU 58.2 (5-shot) for Qwen 7B.\n";
        ExtractionResult r = extract("qwen-zh.txt", text);
        assertThat(r.paper().date()).isEqualTo("2023-09-28");
        assertThat(scores(r)).extracting(ScoreClaim::model, s -> s.score().doubleValue(), s -> s.setting().label())
                .containsExactly(tuple("Qwen 7B", 58.2, "5-shot"));
    }

    @Test
    void numbersThatAreNotScoresAreLeftAlone() throws Exception {
        ExtractionResult r = extract("n.txt", notes("GPT-4 Technical Report", "OpenAI",
                "Passes a simulated bar exam around the top 10% of test takers.",
                "On MMLU it wins in 24 of 26 languages, trained on 2 trillion tokens in 2023."));
        assertThat(scores(r)).isEmpty();
    }

    @Test
    void aClauseThatRepeatsTheNumbersTakesTheBenchmarksInOrder() throws Exception {
        ExtractionResult r = extract("bc.txt", notes("Baichuan 2: Open Models", "Baichuan Inc.",
                "Exams, few-shot: the 13B model gets 58.1 on C-Eval and 62.0 on CMMLU; the 7B model gets 54.0 and 57.1."));
        assertThat(scores(r)).extracting(ScoreClaim::model, ScoreClaim::benchmark, s -> s.score().doubleValue())
                .containsExactlyInAnyOrder(tuple("Baichuan 2 13B", "C-Eval", 58.1), tuple("Baichuan 2 13B", "CMMLU", 62.0),
                        tuple("Baichuan 2 7B", "C-Eval", 54.0), tuple("Baichuan 2 7B", "CMMLU", 57.1));
    }

    @Test
    void itAtTheStartOfAnItemIsTheSubjectOfTheItemBefore() throws Exception {
        ExtractionResult r = extract("glm.txt", notes("GLM-4 Report", "Zhipu AI",
                "GLM-4 rivals GPT-4 Turbo on general metrics.", "On MATH it surpasses GPT-4: 61.3% vs. 52.9%."));
        assertThat(r.claims(ComparisonClaim.class)).extracting(ComparisonClaim::model, ComparisonClaim::object,
                ComparisonClaim::benchmark).contains(tuple("GLM-4", "GPT-4", "MATH"));
        assertThat(scores(r)).extracting(ScoreClaim::model, s -> s.score().doubleValue())
                .containsExactlyInAnyOrder(tuple("GLM-4", 61.3), tuple("GPT-4", 52.9));
    }

    @Test
    void aBenchmarkThatClosesAListOfObjectsHoldsForAllOfThem() throws Exception {
        ExtractionResult r = extract("wc.txt", notes("WizardCoder", "Microsoft",
                "WizardCoder 15B surpasses Claude-Plus (53.0%) and Bard (44.5%) on HumanEval."));
        assertThat(scores(r)).extracting(ScoreClaim::model, ScoreClaim::benchmark)
                .containsExactlyInAnyOrder(tuple("Claude Plus", "HumanEval"), tuple("Bard", "HumanEval"));
        assertThat(r.claims(ComparisonClaim.class)).extracting(ComparisonClaim::object, ComparisonClaim::benchmark)
                .containsExactlyInAnyOrder(tuple("Claude Plus", "HumanEval"), tuple("Bard", "HumanEval"));
    }

    @Test
    void aTitleNamesAModelTheLexiconDoesNotKnow() throws Exception {
        ExtractionResult r = extract("mc.txt", notes("Magicoder: Source Code Is All You Need", "UIUC",
                "Magicoder-S-DS-6.7B reaches 76.8% on HumanEval (pass@1)."));
        assertThat(scores(r)).extracting(ScoreClaim::model).containsExactly("Magicoder-S DS 6.7B");
        assertThat(r.claims(DeveloperClaim.class)).extracting(DeveloperClaim::model, DeveloperClaim::firstParty)
                .contains(tuple("Magicoder-S DS 6.7B", true));
    }

    @Test
    void percentagesNoScoreCanHaveAreLeftOut() throws Exception {
        ExtractionResult r = extract("odd.txt", notes("Falcon 40B", "TII",
                "Falcon 40B scores 250% on MMLU (5-shot).", "Falcon 40B scores \u22125% on GSM8K (8-shot)."));
        assertThat(scores(r)).isEmpty();
    }

    @Test
    void tableEvidenceRunsFromTheRowLabelToTheScore() throws Exception {
        String text = "# Notes\n\n- **Paper:** Yi Models\n- **Affiliation:** 01.AI\n\n"
                + "| Benchmark | Yi-34B |\n|---|---|\n| MMLU (5-shot) | 76.3 |\n";
        ScoreClaim s = scores(extract("yi2.md", text)).get(0);
        assertThat(s.evidence().get(0).text()).startsWith("MMLU (5-shot)").endsWith("76.3");
    }

    @Test
    void aComparisonTakesTheSettingOfItsOwnBenchmark() throws Exception {
        ExtractionResult r = extract("m22.txt", notes("Mixtral 8x22B", "Mistral AI",
                "Mixtral 8x22B beats Command R+ on MMLU (5-shot), and on HellaSwag (10-shot) its performance is "
                        + "similar to Command R+."));
        assertThat(r.claims(ComparisonClaim.class)).extracting(ComparisonClaim::relation, ComparisonClaim::object,
                ComparisonClaim::benchmark, c -> c.setting().label())
                .containsExactlyInAnyOrder(tuple(Relation.BETTER, "Command R+", "MMLU", "5-shot"),
                        tuple(Relation.SIMILAR, "Command R+", "HellaSwag", "10-shot"));
    }

    @Test
    void aSettingAfterTheBenchmarkWithWithBelongsToTheNumber() throws Exception {
        ExtractionResult r = extract("g.txt", notes("Gemini", "Google",
                "Gemini Ultra scores 90.0% on MMLU with CoT@32, and 83.7% in the 5-shot setting.",
                "Llama 2 70B reaches 68.9% on MMLU (5-shot), up from 63.4% for Llama 1 65B."));
        assertThat(scores(r)).extracting(s -> s.score().doubleValue(), s -> s.setting().label())
                .containsExactlyInAnyOrder(tuple(90.0, "CoT@32"), tuple(83.7, "5-shot"), tuple(68.9, "5-shot"),
                        tuple(63.4, "5-shot"));
    }

    @Test
    void compareToBeforeTheVerbNamesTheObject() throws Exception {
        ExtractionResult r = extract("q.txt", notes("Qwen Technical Report", "Alibaba Group",
                "Compared to GPT-3.5, Qwen-72B is better on C-Eval (83.3 vs 52.5)."));
        assertThat(scores(r)).extracting(ScoreClaim::model, s -> s.score().doubleValue())
                .containsExactlyInAnyOrder(tuple("Qwen 72B", 83.3), tuple("GPT-3.5", 52.5));
        assertThat(r.claims(ComparisonClaim.class)).extracting(ComparisonClaim::model, ComparisonClaim::object,
                ComparisonClaim::benchmark).containsExactly(tuple("Qwen 72B", "GPT-3.5", "C-Eval"));
    }

    @Test
    void aResultsListInAJsonSummaryGivesOneScoreARecord() throws Exception {
        String text = "{\"title\": \"Yi: Open Foundation Models\", \"affiliations\": [\"01.AI\"],"
                + " \"results\": [{\"model\": \"Yi-34B\", \"benchmark\": \"MMLU\", \"setting\": \"5-shot\", \"score\": 76.3},"
                + " {\"model\": \"Llama 2 70B\", \"benchmark\": \"GSM8K\", \"score\": \"56.8%\"}]}";
        assertThat(scores(extract("yi.json", text))).extracting(ScoreClaim::model, ScoreClaim::benchmark,
                s -> s.score().doubleValue(), s -> s.setting().label())
                .containsExactlyInAnyOrder(tuple("Yi 34B", "MMLU", 76.3, "5-shot"),
                        tuple("Llama 2 70B", "GSM8K", 56.8, ""));
    }
}
