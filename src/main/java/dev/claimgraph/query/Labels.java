package dev.claimgraph.query;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Adds label columns to rows, reading each distinct entity's label once: from the score table's
 * copy where it keeps one, else from the reference graph (the lexicon's entities), else from the
 * union of the document graphs, where a label costs one index entry per document naming the entity.
 */
final class Labels {

    private Labels() {}

    /** The rows with {@code <var>Label} set for each of the given IRI columns that has a label. */
    static List<Row> attach(SparqlRunner sparql, List<Row> rows, String... iriVars) {
        Set<Node> entities = new LinkedHashSet<>();
        for (Row row : rows) {
            for (String var : iriVars) {
                Node n = row.node(var);
                if (n != null && n.isURI()) {
                    entities.add(n);
                }
            }
        }
        if (entities.isEmpty()) {
            return rows;
        }
        Map<Node, String> labels = new HashMap<>();
        // The score table and the reference graph keep one copy of a label; only the entities
        // neither has are looked up in the documents.
        for (String query : List.of("q-table-labels", "q-reference-labels", "q-labels")) {
            if (!entities.isEmpty()) {
                for (Row row : sparql.select(query, "entity", entities)) {
                    labels.putIfAbsent(row.node("entity"), row.text("label"));
                }
                entities.removeAll(labels.keySet());
            }
        }
        return rows.stream().map(row -> {
            Map<String, Node> values = new HashMap<>(row.values());
            for (String var : iriVars) {
                String label = labels.get(row.node(var));
                if (label != null) {
                    values.put(var + "Label", NodeFactory.createLiteralString(label));
                }
            }
            return new Row(values);
        }).toList();
    }
}
