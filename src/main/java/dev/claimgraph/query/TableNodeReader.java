package dev.claimgraph.query;

import dev.claimgraph.store.ScoreTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Reads score-table nodes with all their property values: from a local dataset's subject index,
 * on every core, else with one SPARQL query per batch.
 */
final class TableNodeReader {

    /** Subjects per SPARQL query: a query to a remote endpoint, and its answer, of a sensible size. */
    private static final int BATCH = 2_000;

    /** Fewer subjects than this are read on one core: a part's transaction and hand-over cost more than they save. */
    private static final int MIN_PART = 64;

    private final SparqlRunner table;

    TableNodeReader(SparqlRunner table) {
        this.table = table;
    }

    /** The given subjects that the table describes, by subject. */
    Map<Node, TableNode> read(List<Node> subjects) {
        DatasetGraph local = table.localDataset();
        return local != null ? readQuads(local, subjects) : readSparql(subjects);
    }

    private Map<Node, TableNode> readSparql(List<Node> subjects) {
        Map<Node, TableNode> nodes = new HashMap<>();
        for (int from = 0; from < subjects.size(); from += BATCH) {
            List<Node> batch = subjects.subList(from, Math.min(subjects.size(), from + BATCH));
            for (Row row : table.select("q-table-nodes", "subject", batch)) {
                nodes.computeIfAbsent(row.node("subject"), k -> new TableNode())
                        .add(row.node("property"), row.node("value"));
            }
        }
        return nodes;
    }

    /**
     * Decoding the values is most of the work (most are distinct strings, each a node-table read),
     * so the subjects are split across cores, each part in its own read transaction. Like the
     * SPARQL batches, the parts may see different commits of a store written meanwhile.
     */
    private static Map<Node, TableNode> readQuads(DatasetGraph dsg, List<Node> subjects) {
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), subjects.size() / MIN_PART));
        List<List<Node>> split = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            split.add(subjects.subList(subjects.size() * i / parts, subjects.size() * (i + 1) / parts));
        }
        boolean tdb2 = Tdb2SubjectScan.supports(dsg);
        Map<Node, TableNode> nodes = new HashMap<>();
        split.parallelStream().map(part -> Txn.calculateRead(dsg, () -> tdb2
                ? Tdb2SubjectScan.of(dsg, ScoreTable.GRAPH).read(part) : readFound(dsg, part)))
                .toList().forEach(nodes::putAll);
        return nodes;
    }

    /** Any other local dataset: the quads its find gives. */
    private static Map<Node, TableNode> readFound(DatasetGraph dsg, List<Node> subjects) {
        Map<Node, TableNode> nodes = new HashMap<>();
        for (Node subject : subjects) {
            Iterator<Quad> quads = dsg.find(ScoreTable.GRAPH, subject, Node.ANY, Node.ANY);
            if (quads.hasNext()) {
                TableNode node = new TableNode();
                quads.forEachRemaining(q -> node.add(q.getPredicate(), q.getObject()));
                nodes.put(subject, node);
            }
        }
        return nodes;
    }
}
