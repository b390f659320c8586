package dev.claimgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.rdf.model.ModelFactory;

/** Runs the bundled queries on a local dataset inside the caller's transaction. */
final class DatasetSelect implements SparqlSelect {

    private final Dataset dataset;

    DatasetSelect(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public List<Map<String, Node>> select(String queryName, Map<String, Node> bindings) {
        return select(QueryResources.load(queryName), bindings);
    }

    @Override
    public List<Map<String, Node>> select(String queryName, String var, Collection<Node> values) {
        return select(QueryResources.load(queryName, var, values), Map.of());
    }

    private List<Map<String, Node>> select(Query query, Map<String, Node> bindings) {
        QueryExecutionBuilder builder = QueryExecution.dataset(dataset).query(query);
        var model = ModelFactory.createDefaultModel();
        bindings.forEach((var, node) -> builder.substitution(var, model.asRDFNode(node)));
        List<Map<String, Node>> rows = new ArrayList<>();
        try (QueryExecution exec = builder.build()) {
            exec.execSelect().forEachRemaining(solution -> {
                Map<String, Node> values = new HashMap<>();
                solution.varNames().forEachRemaining(v -> values.put(v, solution.get(v).asNode()));
                rows.add(values);
            });
        }
        return rows;
    }
}
