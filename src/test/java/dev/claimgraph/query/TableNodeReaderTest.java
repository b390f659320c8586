package dev.claimgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.rdf.CG;
import dev.claimgraph.store.ScoreTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading score-table nodes gives the same descriptions from TDB2's index, an in-memory dataset and SPARQL. */
class TableNodeReaderTest {

    private static final List<Node> PROPERTIES = List.of(CG.RDF_TYPE, CG.reportCount, CG.reportedScore,
            CG.reportEvidence, CG.reportAffiliation);

    @TempDir
    Path folder;

    @Test
    void everyWayOfReadingGivesTheSameDescriptions() {
        Dataset tdb = TDB2Factory.connectDataset(folder.toString());
        List<Node> subjects = new ArrayList<>();
        Txn.executeWrite(tdb, () -> {
            // Enough subjects that a local read is split across cores.
            for (int i = 0; i < 500; i++) {
                Node subject = NodeFactory.createURI("https://example.org/report/" + i);
                subjects.add(subject);
                add(tdb.asDatasetGraph(), subject, i);
            }
            tdb.asDatasetGraph().add(CG.REFERENCE_GRAPH, NodeFactory.createURI("https://example.org/elsewhere"),
                    CG.reportEvidence, NodeFactory.createLiteralString("not in the table"));
        });
        List<Node> asked = new ArrayList<>(subjects);
        asked.add(NodeFactory.createURI("https://example.org/elsewhere"));
        asked.add(NodeFactory.createURI("https://example.org/never-stored"));

        DatasetGraph memory = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(tdb, () -> Txn.executeWrite(memory, () -> tdb.asDatasetGraph().find().forEachRemaining(memory::add)));

        try (RDFConnection local = RDFConnection.connect(tdb);
                RDFConnection inMemory = RDFConnection.connect(DatasetFactory.wrap(memory))) {
            Map<Node, Map<Node, Set<Node>>> fromIndex = read(new SparqlRunner(local, tdb.asDatasetGraph()), asked);
            Map<Node, Map<Node, Set<Node>>> fromMemory = read(new SparqlRunner(inMemory, memory), asked);
            Map<Node, Map<Node, Set<Node>>> fromSparql = read(new SparqlRunner(local), asked);

            assertThat(fromIndex).hasSize(500).containsOnlyKeys(subjects);
            assertThat(fromIndex.get(subjects.get(7))).isEqualTo(Map.of(
                    CG.RDF_TYPE, Set.of(CG.ExtremeReport),
                    CG.reportCount, Set.of(NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger)),
                    CG.reportedScore, Set.of(NodeFactory.createLiteralDT("86.4", XSDDatatype.XSDdecimal)),
                    CG.reportEvidence, Set.of(NodeFactory.createLiteralString("evidence 7")),
                    CG.reportAffiliation, Set.of(NodeFactory.createLiteralString("Lab A"),
                            NodeFactory.createLiteralString("Lab B"))));
            assertThat(fromMemory).isEqualTo(fromIndex);
            assertThat(fromSparql).isEqualTo(fromIndex);
        }
    }

    private static void add(DatasetGraph dsg, Node subject, int i) {
        dsg.add(ScoreTable.GRAPH, subject, CG.RDF_TYPE, CG.ExtremeReport);
        dsg.add(ScoreTable.GRAPH, subject, CG.reportCount, NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger));
        dsg.add(ScoreTable.GRAPH, subject, CG.reportedScore, NodeFactory.createLiteralDT("86.4", XSDDatatype.XSDdecimal));
        dsg.add(ScoreTable.GRAPH, subject, CG.reportEvidence, NodeFactory.createLiteralString("evidence " + i));
        dsg.add(ScoreTable.GRAPH, subject, CG.reportAffiliation, NodeFactory.createLiteralString("Lab A"));
        dsg.add(ScoreTable.GRAPH, subject, CG.reportAffiliation, NodeFactory.createLiteralString("Lab B"));
    }

    /** Each description as property to values, order aside: the paths may list a property's values differently. */
    private static Map<Node, Map<Node, Set<Node>>> read(SparqlRunner runner, List<Node> subjects) {
        Map<Node, Map<Node, Set<Node>>> described = new HashMap<>();
        new TableNodeReader(runner).read(subjects).forEach((subject, node) -> {
            Map<Node, Set<Node>> values = new HashMap<>();
            for (Node property : PROPERTIES) {
                if (!node.all(property).isEmpty()) {
                    values.put(property, new HashSet<>(node.all(property)));
                }
            }
            described.put(subject, values);
        });
        return described;
    }
}
