package dev.claimgraph.query;

import java.math.BigDecimal;
import java.util.Map;
import org.apache.jena.graph.Node;

/** One result row, copied out of its transaction, with typed accessors for unbound-tolerant reading. */
record Row(Map<String, Node> values) {

    Row {
        values = Map.copyOf(values);
    }

    Node node(String var) {
        return values.get(var);
    }

    boolean has(String var) {
        return values.containsKey(var);
    }

    /** The IRI, or the literal's lexical form, or null when unbound. */
    String text(String var) {
        Node n = values.get(var);
        if (n == null) {
            return null;
        }
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /** A label, falling back to the last path segment of {@code iriVar}'s IRI. */
    String label(String labelVar, String iriVar) {
        String label = text(labelVar);
        if (label != null) {
            return label;
        }
        String iri = text(iriVar);
        return iri == null ? null : iri.substring(iri.lastIndexOf('/') + 1);
    }

    BigDecimal decimal(String var) {
        String t = text(var);
        return t == null ? null : new BigDecimal(t);
    }

    Long integer(String var) {
        String t = text(var);
        return t == null ? null : Long.valueOf(t);
    }

    Boolean bool(String var) {
        String t = text(var);
        return t == null ? null : Boolean.valueOf(t.equals("true") || t.equals("1"));
    }
}
