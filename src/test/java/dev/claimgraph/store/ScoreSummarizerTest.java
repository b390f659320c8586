package dev.claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class ScoreSummarizerTest {

    private static final Node BENCH = iri("bench/mmlu");
    private static final Node MODEL = iri("model/m");
    private static final Node SETTING = iri("setting/5-shot");

    private final List<ScoreObservation> observations = new ArrayList<>();
    private int claims;

    @Test
    void oneSummaryPerModelAndSettingWithCountsAndRange() {
        report("a", "68.9", "2023-07-18");
        report("b", "68.90", "2023-08-01");
        report("c", "69.9", "2024-01-08");
        observations.add(new ScoreObservation(iri("claim/other"), iri("model/n"), SETTING, new BigDecimal("50"),
                iri("src/a"), "2023-07-18"));

        List<ScoreSummary> summaries = summarise(true);

        assertThat(summaries).hasSize(2);
        ScoreSummary m = summaries.get(0);
        assertThat(m.model()).isEqualTo(MODEL);
        assertThat(m.score()).as("the value two reports give").isEqualByComparingTo("68.9");
        assertThat(m.min()).isEqualByComparingTo("68.9");
        assertThat(m.max()).isEqualByComparingTo("69.9");
        assertThat(m.reportCount()).isEqualTo(3);
        assertThat(m.sourceCount()).isEqualTo(3);
        assertThat(m.crossSourceSpread()).isEqualByComparingTo("1.0");
        assertThat(m.lowClaims()).containsExactly(iri("claim/0"), iri("claim/1"));
        assertThat(m.highClaims()).containsExactly(iri("claim/2"));
    }

    @Test
    void tiesGoToTheLatestPaperThenToTheBetterValue() {
        report("a", "70.0", "2023-01-01");
        report("b", "71.0", "2024-01-01");
        assertThat(summary(true).score()).isEqualByComparingTo("71.0");

        observations.clear();
        report("a", "70.0", "2024-01-01");
        report("b", "71.0", "2024-01-01");
        assertThat(summary(true).score()).isEqualByComparingTo("71.0");
        assertThat(summary(false).score()).as("lower is better: perplexity, error rates").isEqualByComparingTo("70.0");
    }

    @Test
    void oneSourceDisagreeingWithItselfIsNoSpreadAcrossSources() {
        report("a", "60", "");
        report("a", "70", "");
        ScoreSummary alone = summary(true);
        assertThat(alone.sourceCount()).isEqualTo(1);
        assertThat(alone.reportCount()).isEqualTo(2);
        assertThat(alone.crossSourceSpread()).isEqualByComparingTo("0");
    }

    @Test
    void whenOneSourceHoldsBothExtremesTheSpreadIsTheWidestGapToAnotherSource() {
        assertThat(ScoreSummarizer.crossSourceSpread(Map.of(
                iri("src/a"), range("60", "70"),
                iri("src/b"), range("65", "66")))).isEqualByComparingTo("6");
        assertThat(ScoreSummarizer.crossSourceSpread(Map.of(
                iri("src/a"), range("60", "70"),
                iri("src/b"), range("61", "62"),
                iri("src/c"), range("69", "69")))).isEqualByComparingTo("9");
        assertThat(ScoreSummarizer.crossSourceSpread(Map.of(
                iri("src/a"), range("60", "61"),
                iri("src/b"), range("64", "70")))).isEqualByComparingTo("10");
    }

    private ScoreSummary summary(boolean higherIsBetter) {
        List<ScoreSummary> summaries = summarise(higherIsBetter);
        assertThat(summaries).hasSize(1);
        return summaries.get(0);
    }

    private List<ScoreSummary> summarise(boolean higherIsBetter) {
        ScoreSummarizer summarizer = new ScoreSummarizer(BENCH, higherIsBetter);
        observations.forEach(summarizer::add);
        return summarizer.summaries();
    }

    private void report(String source, String value, String date) {
        observations.add(new ScoreObservation(iri("claim/" + claims++), MODEL, SETTING, new BigDecimal(value),
                iri("src/" + source), date));
    }

    private static BigDecimal[] range(String low, String high) {
        return new BigDecimal[] {new BigDecimal(low), new BigDecimal(high)};
    }

    private static Node iri(String path) {
        return NodeFactory.createURI("https://example.org/" + path);
    }
}
