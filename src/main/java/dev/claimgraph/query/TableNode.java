package dev.claimgraph.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/** The values of one score-table node's properties, as the table holds them. */
final class TableNode {

    private final Map<Node, List<Node>> values = new HashMap<>();

    void add(Node property, Node value) {
        values.computeIfAbsent(property, p -> new ArrayList<>(1)).add(value);
    }

    List<Node> all(Node property) {
        return values.getOrDefault(property, List.of());
    }

    Node first(Node property) {
        List<Node> found = all(property);
        return found.isEmpty() ? null : found.get(0);
    }

    String text(Node property) {
        Node n = first(property);
        return n == null ? null : n.getLiteralLexicalForm();
    }

    BigDecimal decimal(Node property) {
        return new BigDecimal(text(property));
    }

    int integer(Node property) {
        return Integer.parseInt(text(property));
    }
}
