package dev.claimgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;

/** The result of a SPARQL query, copied out of its transaction: rows, a boolean, or a graph. */
public sealed interface QueryResult {

    /** The rows of a SELECT query. */
    record Rows(ResultSetRewindable rows) implements QueryResult {}

    /** The answer of an ASK query. */
    record Answer(boolean value) implements QueryResult {}

    /** The graph of a CONSTRUCT or DESCRIBE query. */
    record Triples(Graph graph) implements QueryResult {}

    /**
     * Runs a query of any form and copies its result out, so it outlives the execution (and the
     * transaction or HTTP response behind it).
     */
    static QueryResult of(Query query, QueryExecution exec) {
        if (query.isSelectType()) {
            return new Rows(ResultSetFactory.copyResults(exec.execSelect()));
        } else if (query.isAskType()) {
            return new Answer(exec.execAsk());
        } else if (query.isConstructType()) {
            return new Triples(copy(exec.execConstruct().getGraph()));
        } else if (query.isDescribeType()) {
            return new Triples(copy(exec.execDescribe().getGraph()));
        }
        throw new IllegalArgumentException("unsupported query type: " + query.queryType());
    }

    /** A graph copied into memory, with its prefixes. */
    static Graph copy(Graph graph) {
        Graph copy = GraphMemFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        copy.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        return copy;
    }
}
