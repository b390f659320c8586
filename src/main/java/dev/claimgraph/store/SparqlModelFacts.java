package dev.claimgraph.store;

import dev.claimgraph.rdf.CG;
import dev.claimgraph.rdf.Literals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/** A model's facts grouped by the {@code q-model-*} queries, from any store that answers SPARQL. */
final class SparqlModelFacts implements ModelFacts {

    private final SparqlSelect claims;

    SparqlModelFacts(SparqlSelect claims) {
        this.claims = claims;
    }

    @Override
    public List<ModelFact> of(Node model) {
        List<ModelFact> facts = new ArrayList<>();
        Map<String, Node> bindings = Map.of("model", model);
        claims.select("q-model-developers", bindings).forEach(r -> facts.add(fact(model, CG.DeveloperClaim, r)));
        for (Map<String, Node> r : claims.select("q-model-quantities", bindings)) {
            boolean parameters = "parameters".equals(r.get("kind").getLiteralLexicalForm());
            facts.add(fact(model, parameters ? CG.ParameterClaim : CG.ContextLengthClaim, r));
        }
        claims.select("q-model-comparisons", bindings).forEach(r -> facts.add(fact(model, CG.ComparisonClaim, r)));
        return facts;
    }

    private static ModelFact fact(Node model, Node kind, Map<String, Node> row) {
        Node firstParty = row.get("firstParty");
        return new ModelFact(model, kind, row.get("example"),
                Integer.parseInt(row.get("sources").getLiteralLexicalForm()),
                firstParty == null ? null : Literals.isTrue(firstParty));
    }
}
