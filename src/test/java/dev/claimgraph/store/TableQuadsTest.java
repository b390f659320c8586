package dev.claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.rdf.CG;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class TableQuadsTest {

    private static final Node MODEL = NodeFactory.createURI(CG.ID + "model/m");

    @Test
    void leadingFactsAreEveryOtherFactAndTheComparisonsMostSourcesState() {
        ModelFact developer = fact(CG.DeveloperClaim, "d", 1);
        ModelFact rare = fact(CG.ComparisonClaim, "a", 1);
        ModelFact common = fact(CG.ComparisonClaim, "z", 9);
        ModelFact tiedLater = fact(CG.ComparisonClaim, "c", 4);
        ModelFact tiedFirst = fact(CG.ComparisonClaim, "b", 4);
        List<ModelFact> facts = List.of(developer, rare, common, tiedLater, tiedFirst);

        List<Quad> quads = TableQuads.leading(MODEL, facts, 2);

        assertThat(quads).filteredOn(q -> q.getPredicate().equals(CG.leadingFact)).extracting(Quad::getObject)
                .containsExactlyInAnyOrder(node(developer), node(common), node(tiedFirst));
        assertThat(quads).filteredOn(q -> q.getPredicate().equals(CG.comparisonCount))
                .singleElement().satisfies(q -> assertThat(q.getObject().getLiteralLexicalForm()).isEqualTo("4"));
        assertThat(TableQuads.leading(MODEL, List.of(), 2)).as("nothing for a model without facts").isEmpty();
    }

    private static ModelFact fact(Node kind, String claim, int sources) {
        return new ModelFact(MODEL, kind, NodeFactory.createURI(CG.ID + "claim/" + claim), sources, null);
    }

    /** The fact's node, as the fact's own quads name it. */
    private static Node node(ModelFact fact) {
        return TableQuads.fact(fact).get(0).getSubject();
    }
}
