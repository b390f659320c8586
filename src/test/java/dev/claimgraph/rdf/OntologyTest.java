package dev.claimgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class OntologyTest {

    @Test
    void everyVocabularyTermIsDeclaredWithLabelAndComment() throws Exception {
        Graph ontology = RDFParser.source(getClass().getResource("/ontology/claimgraph.ttl").toString()).toGraph();
        assertThat(ontology.contains(NodeFactory.createURI("https://w3id.org/claimgraph"),
                org.apache.jena.vocabulary.RDF.Nodes.type, OWL.Ontology.asNode())).isTrue();
        List<Node> terms = new ArrayList<>();
        for (Field field : CG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof Node node
                    && node.isURI() && node.getURI().startsWith(CG.NS)) {
                terms.add(node);
            }
        }
        assertThat(terms).hasSizeGreaterThan(50);
        for (Node term : terms) {
            assertThat(ontology.contains(term, RDFS.Nodes.label, Node.ANY)).as(term.getURI()).isTrue();
            assertThat(ontology.contains(term, RDFS.Nodes.comment, Node.ANY)).as(term.getURI()).isTrue();
        }
    }

    @Test
    void shapesParse() {
        Graph shapes = RDFParser.source(getClass().getResource("/ontology/shapes.ttl").toString()).toGraph();
        assertThat(org.apache.jena.shacl.Shapes.parse(shapes).getTargetShapes()).hasSizeGreaterThan(10);
    }
}
