package dev.claimgraph.store;

import dev.claimgraph.rdf.CG;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;

/** Score observations read with {@code table-observations.rq}, from any store that answers SPARQL. */
final class SparqlObservations implements ScoreObservations {

    private final SparqlSelect claims;

    SparqlObservations(SparqlSelect claims) {
        this.claims = claims;
    }

    /** The query gives a claim one row per latest date of its paper, so a claim comes once unless two dates tie. */
    @Override
    public void forEach(Node benchmark, Consumer<ScoreObservation> sink) {
        Node previous = null;
        for (Map<String, Node> row : claims.select("table-observations", Map.of("benchmark", benchmark))) {
            Node claim = row.get("claim");
            if (claim.equals(previous)) {
                continue;
            }
            previous = claim;
            BigDecimal score = new BigDecimal(row.get("score").getLiteralLexicalForm());
            BigDecimal value = CG.Fraction.equals(row.get("unit")) ? score.movePointRight(2) : score;
            Node date = row.get("date");
            sink.accept(new ScoreObservation(claim, row.get("model"), row.get("setting"), value, row.get("src"),
                    date == null ? "" : date.getLiteralLexicalForm()));
        }
    }
}
