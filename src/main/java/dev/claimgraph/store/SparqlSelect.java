package dev.claimgraph.store;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/** Runs one of the bundled queries with values substituted and hands back its rows, so that code reading them need not know whether the store is local or remote. */
@FunctionalInterface
public interface SparqlSelect {

    /** The rows of {@code /queries/{queryName}.rq}, each a map from variable name to value (unbound ones absent). */
    List<Map<String, Node>> select(String queryName, Map<String, Node> bindings);
}
