package dev.claimgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.store.ClaimStore;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers no paper could mean never become claims, and the file holding them still ingests. */
class AbsurdNumbersTest {

    private static final String PREFIXES = "PREFIX cg: <https://w3id.org/claimgraph#>\n";

    @TempDir
    Path dir;

    @Test
    void absurdScoresAndCountsAreNotStoredAsClaims() throws Exception {
        Path file = dir.resolve("absurd.txt");
        Files.writeString(file, """
                GPT-4 scores 1e400% on MMLU (5-shot).
                Llama 2 70B scores -5% on GSM8K (8-shot).
                Mistral 7B scores NaN% on HumanEval (0-shot).
                Mistral 7B scores NaN on HumanEval (0-shot).
                GPT-4 has 10^30 parameters.
                Llama 2 70B has 1e400 parameters.
                Gemini Ultra has 99999999999999999999999999999 parameters.
                Llama 2 70B has a context length of 10^30 tokens.
                """);
        Path db = dir.resolve("db");

        CliRun run = CliRun.of("ingest", "--db", db.toString(), file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (ClaimStore store = ClaimStore.open(db)) {
            StoreChecks.assertSound(store);
            List<String> absurd = new ArrayList<>();
            ResultSetRewindable scores = store.select(PREFIXES + """
                    SELECT ?text ?score ?unit WHERE {
                      ?c a cg:ScoreClaim ; cg:score ?score ; cg:scoreText ?text ; cg:unit ?unit }""");
            while (scores.hasNext()) {
                QuerySolution row = scores.next();
                BigDecimal score = new BigDecimal(row.getLiteral("score").getLexicalForm());
                String unit = row.getResource("unit").getLocalName();
                BigDecimal max = unit.equals("Fraction") ? BigDecimal.ONE : BigDecimal.valueOf(100);
                if (score.signum() < 0 || (!unit.equals("Points") && score.compareTo(max) > 0)) {
                    absurd.add(row.getLiteral("text").getLexicalForm() + " as " + unit);
                }
            }
            ResultSetRewindable counts = store.select(PREFIXES + """
                    SELECT ?text ?n WHERE {
                      { ?c cg:parameterCount ?n } UNION { ?c cg:contextLength ?n }
                      ?c cg:quantityText ?text }""");
            while (counts.hasNext()) {
                QuerySolution row = counts.next();
                // More than a quadrillion parameters or tokens is no model of this age.
                if (new BigDecimal(row.getLiteral("n").getLexicalForm()).compareTo(new BigDecimal("1e15")) > 0) {
                    absurd.add(row.getLiteral("text").getLexicalForm());
                }
            }
            assertThat(absurd).isEmpty();
        }
    }
}
