package dev.claimgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.rdf.CG;
import dev.claimgraph.store.ScoreTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan by node id decodes every value as the dataset's own find does. */
class Tdb2SubjectScanTest {

    @TempDir
    Path folder;

    @Test
    void anInlineNumberIsNotTakenForTheStoredNodeAtTheSameOffset() {
        Dataset tdb = TDB2Factory.connectDataset(folder.toString());
        Node subject = NodeFactory.createURI("https://example.org/summary/1");
        Node stored = NodeFactory.createLiteralString("a string kept in the node table");
        Txn.executeWrite(tdb, () -> tdb.asDatasetGraph().add(ScoreTable.GRAPH, subject, CG.reportEvidence, stored));
        long offset = Txn.calculateRead(tdb, () -> TDBInternal.getNodeId(tdb.asDatasetGraph(), stored).getPtrLocation());
        Node number = NodeFactory.createLiteralDT(Long.toString(offset), XSDDatatype.XSDinteger);
        Txn.executeWrite(tdb, () -> tdb.asDatasetGraph().add(ScoreTable.GRAPH, subject, CG.reportCount, number));
        assertThat(Txn.calculateRead(tdb, () -> NodeId.isInline(TDBInternal.getNodeId(tdb.asDatasetGraph(), number))))
                .as("the number is kept inline, in the id itself").isTrue();

        // One scan decodes both values; the map that remembers decoded values must not confuse them.
        Map<Node, TableNode> read = Txn.calculateRead(tdb,
                () -> Tdb2SubjectScan.of(tdb.asDatasetGraph(), ScoreTable.GRAPH).read(List.of(subject)));
        assertThat(read.get(subject).all(CG.reportEvidence)).containsExactly(stored);
        assertThat(read.get(subject).all(CG.reportCount)).containsExactly(number);
    }

    @Test
    void aStoreWithoutTheGraphHasNoDescriptions() {
        Dataset tdb = TDB2Factory.connectDataset(folder.toString());
        Node subject = NodeFactory.createURI("https://example.org/summary/1");
        Txn.executeWrite(tdb, () -> tdb.asDatasetGraph().add(CG.REFERENCE_GRAPH, subject, CG.reportCount,
                NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger)));
        assertThat(Txn.calculateRead(tdb, () -> Tdb2SubjectScan.of(tdb.asDatasetGraph(), ScoreTable.GRAPH)
                .read(List.of(subject)))).isEmpty();
    }
}
