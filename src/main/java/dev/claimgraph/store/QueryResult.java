package dev.claimgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSetRewindable;

/** The result of a SPARQL query, copied out of its transaction: rows, a boolean, or a graph. */
public sealed interface QueryResult {

    /** The rows of a SELECT query. */
    record Rows(ResultSetRewindable rows) implements QueryResult {}

    /** The answer of an ASK query. */
    record Answer(boolean value) implements QueryResult {}

    /** The graph of a CONSTRUCT or DESCRIBE query. */
    record Triples(Graph graph) implements QueryResult {}
}
