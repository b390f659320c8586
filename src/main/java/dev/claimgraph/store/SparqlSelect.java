package dev.claimgraph.store;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;

/** Runs one of the bundled queries with values substituted and hands back its rows, so that code reading them need not know whether the store is local or remote. */
@FunctionalInterface
public interface SparqlSelect {

    /** The rows of {@code /queries/{queryName}.rq}, each a map from variable name to value (unbound ones absent). */
    List<Map<String, Node>> select(String queryName, Map<String, Node> bindings);

    /** As {@link #select}, handing each row over as it comes, where the store can stream. */
    default void forEach(String queryName, Map<String, Node> bindings, Consumer<Map<String, Node>> row) {
        select(queryName, bindings).forEach(row);
    }
}
