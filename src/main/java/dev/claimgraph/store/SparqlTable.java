package dev.claimgraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;

/**
 * A SPARQL result as plain strings: SELECT gives its variables and rows, ASK one column
 * {@code ask} with {@code true} or {@code false}, CONSTRUCT and DESCRIBE the columns
 * {@code subject predicate object}.
 *
 * <p>IRIs are written in full, literals as their lexical form, blank nodes as {@code _:label},
 * and an unbound variable as the empty string.
 */
public record SparqlTable(List<String> columns, List<List<String>> rows) {

    public SparqlTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The table of any query result. */
    public static SparqlTable of(QueryResult result) {
        if (result instanceof QueryResult.Rows r) {
            return of(r.rows());
        } else if (result instanceof QueryResult.Answer a) {
            return new SparqlTable(List.of("ask"), List.of(List.of(Boolean.toString(a.value()))));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Triple t : ((QueryResult.Triples) result).graph().find().toList()) {
            rows.add(List.of(text(t.getSubject()), text(t.getPredicate()), text(t.getObject())));
        }
        return new SparqlTable(List.of("subject", "predicate", "object"), rows);
    }

    private static SparqlTable of(ResultSetRewindable results) {
        results.reset();
        List<String> columns = results.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            List<String> row = new ArrayList<>(columns.size());
            for (String column : columns) {
                RDFNode value = solution.get(column);
                row.add(value == null ? "" : text(value.asNode()));
            }
            rows.add(row);
        }
        results.reset();
        return new SparqlTable(columns, rows);
    }

    private static String text(Node node) {
        if (node.isURI()) {
            return node.getURI();
        } else if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        } else if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        return node.toString();
    }
}
