package dev.claimgraph.query;

import dev.claimgraph.store.QueryResources;
import dev.claimgraph.store.SparqlSelect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;

/**
 * Runs the SPARQL files under {@code /queries/} over an RDFConnection, with values bound only
 * through Jena's parameter substitution.
 */
final class SparqlRunner {

    private final RDFConnection connection;
    private final DatasetGraph local;

    /** A runner over a remote endpoint. */
    SparqlRunner(RDFConnection connection) {
        this(connection, null);
    }

    /** A runner over {@code connection}, which connects to {@code local} when that is not null. */
    SparqlRunner(RDFConnection connection, DatasetGraph local) {
        this.connection = connection;
        this.local = local;
    }

    /** The dataset the queries run on when it is in this process, else null. */
    DatasetGraph localDataset() {
        return local;
    }

    /** The rows of {@code /queries/{name}.rq} with the given variables replaced by the given nodes. */
    List<Row> select(String name, Map<String, Node> bindings) {
        return select(QueryResources.load(name), bindings);
    }

    /**
     * The rows of {@code /queries/{name}.rq} for the given values of one variable (see
     * {@link QueryResources#load(String, String, Collection)}).
     */
    List<Row> select(String name, String var, Collection<Node> values) {
        return select(QueryResources.load(name, var, values), Map.of());
    }

    /** These queries as the store package reads them: each row as a map from variable name to value. */
    SparqlSelect asSelect() {
        return new SparqlSelect() {
            @Override
            public List<Map<String, Node>> select(String queryName, Map<String, Node> bindings) {
                return SparqlRunner.this.select(queryName, bindings).stream().map(Row::values).toList();
            }

            @Override
            public List<Map<String, Node>> select(String queryName, String var, Collection<Node> values) {
                return SparqlRunner.this.select(queryName, var, values).stream().map(Row::values).toList();
            }
        };
    }

    /** The answer of the ASK query {@code /queries/{name}.rq}. */
    boolean ask(String name) {
        return ask(name, Map.of());
    }

    /** The answer of the ASK query {@code /queries/{name}.rq} with the given variables replaced. */
    boolean ask(String name, Map<String, Node> bindings) {
        Query query = QueryResources.load(name);
        return Txn.calculateRead(connection, () -> {
            try (QueryExecution exec = execution(query, bindings)) {
                return exec.execAsk();
            }
        });
    }

    private List<Row> select(Query query, Map<String, Node> bindings) {
        // Local TDB2 needs a read transaction; a remote connection's is a local lock only.
        return Txn.calculateRead(connection, () -> {
            try (QueryExecution exec = execution(query, bindings)) {
                ResultSet rows = exec.execSelect();
                List<Row> copied = new ArrayList<>();
                // Nodes are read here, inside the transaction, because TDB2 resolves them lazily.
                while (rows.hasNext()) {
                    copied.add(copy(rows.nextBinding()));
                }
                return copied;
            }
        });
    }

    private QueryExecution execution(Query query, Map<String, Node> bindings) {
        QueryExecutionBuilder builder = connection.newQuery().query(query);
        // Substitution needs RDFNodes; a throwaway model turns the nodes into them.
        var model = ModelFactory.createDefaultModel();
        bindings.forEach((var, node) -> builder.substitution(var, model.asRDFNode(node)));
        return builder.build();
    }

    /** The row of one solution, read at the node level: no RDFNode wrappers, one immutable map. */
    @SuppressWarnings("unchecked")
    private static Row copy(Binding solution) {
        List<Map.Entry<String, Node>> values = new ArrayList<>(solution.size());
        solution.forEach((var, value) -> values.add(Map.entry(var.getVarName(), value)));
        return new Row(Map.ofEntries(values.toArray(Map.Entry[]::new)));
    }
}
