package dev.claimgraph.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/** Runs one of the bundled queries with values substituted and hands back its rows, so that code reading them need not know whether the store is local or remote. */
public interface SparqlSelect {

    /** The rows of {@code /queries/{queryName}.rq}, each a map from variable name to value (unbound ones absent). */
    List<Map<String, Node>> select(String queryName, Map<String, Node> bindings);

    /** The rows of {@code /queries/{queryName}.rq} for the given values of {@code var} (see {@link QueryResources#load(String, String, Collection)}). */
    List<Map<String, Node>> select(String queryName, String var, Collection<Node> values);
}
