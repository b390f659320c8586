package dev.claimgraph.remote;

import dev.claimgraph.rdf.IriMinter;
import dev.claimgraph.store.QueryResources;
import dev.claimgraph.store.QueryResult;
import dev.claimgraph.store.StoreStats;
import dev.claimgraph.store.StoredSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A claim store behind a SPARQL 1.1 endpoint, read with queries and the Graph Store Protocol and
 * written one whole graph per PUT; every failure is an {@link EndpointException}.
 */
public final class RemoteStore implements AutoCloseable {

    private final Endpoint endpoint;
    private final RDFConnection connection;

    private RemoteStore(Endpoint endpoint, RDFConnection connection) {
        this.endpoint = endpoint;
        this.connection = connection;
    }

    /** Connects; nothing is sent until the first request. */
    public static RemoteStore connect(Endpoint endpoint) {
        return new RemoteStore(endpoint, endpoint.connect());
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /** The stored sources, by file name. */
    public List<StoredSource> sources() {
        return select("sources", Map.of(), row -> new StoredSource(row.getResource("source").getURI(),
                row.getLiteral("fileName").getLexicalForm(), row.getLiteral("hash").getLexicalForm(),
                row.getLiteral("version").getLexicalForm()));
    }

    /** The stored content hash and extractor version of a source, if it is stored. */
    public Optional<StoredSource> source(String sourceName) {
        Node name = IriMinter.source(sourceName);
        return select("source-hash", Map.of("source", ResourceFactory.createResource(name.getURI())),
                row -> new StoredSource(name.getURI(), sourceName, row.getLiteral("hash").getLexicalForm(),
                        row.getLiteral("version").getLexicalForm()))
                .stream().findFirst();
    }

    /** The names of the dataset's named graphs, in IRI order. */
    public List<Node> graphNames() {
        return select("remote/graph-names", Map.of(), row -> row.get("g").asNode());
    }

    /** One named graph, fetched with a Graph Store Protocol GET; empty when there is none. */
    public Graph fetch(Node graphName) {
        return Failures.call(endpoint, "GET graph <" + graphName.getURI() + ">", () -> {
            Graph copy = GraphMemFactory.createDefaultGraph();
            try {
                connection.fetch(graphName.getURI()).getGraph().find().forEachRemaining(copy::add);
            } catch (org.apache.jena.atlas.web.HttpException e) {
                if (e.getStatusCode() != 404) {
                    throw e;
                }
            }
            return copy;
        });
    }

    /** Every named graph, each fetched with its own GET. */
    public DatasetGraph fetchAll() {
        DatasetGraph all = DatasetGraphFactory.create();
        for (Node name : graphNames()) {
            all.addGraph(name, fetch(name));
        }
        return all;
    }

    /** Replaces one named graph with one Graph Store Protocol PUT, which repeats harmlessly. */
    public void put(Node graphName, Graph graph) {
        Model model = ModelFactory.createModelForGraph(graph);
        Failures.run(endpoint, "PUT graph <" + graphName.getURI() + ">",
                () -> connection.put(graphName.getURI(), model));
    }

    /** Runs any query over the endpoint's default graph and copies its result. */
    public QueryResult query(Query query, Duration timeout) {
        return Failures.call(endpoint, "run the query", () -> {
            QueryExecutionBuilder builder = connection.newQuery().query(query);
            if (timeout != null) {
                builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            try (QueryExecution exec = builder.build()) {
                return QueryResult.of(query, exec);
            }
        });
    }

    /** Runs a CONSTRUCT query whose template has quads, with values substituted, and copies the quads. */
    public DatasetGraph constructQuads(Query query, Map<String, RDFNode> values) {
        return Failures.call(endpoint, "run the query", () -> {
            QueryExecutionBuilder builder = connection.newQuery().query(query);
            values.forEach(builder::substitution);
            try (QueryExecution exec = builder.build()) {
                DatasetGraph copy = DatasetGraphFactory.create();
                exec.execConstructDataset().asDatasetGraph().find().forEachRemaining(copy::add);
                return copy;
            }
        });
    }

    /** Counts of documents, claims by kind, models and benchmarks, over the endpoint's default graph. */
    public StoreStats stats() {
        Map<String, Long> byKind = new LinkedHashMap<>();
        select("stats-claims", Map.of(), row -> byKind.put(row.getResource("kind").getLocalName(),
                row.getLiteral("count").getLong()));
        return new StoreStats(count("stats-documents"), byKind, count("stats-models"), count("stats-benchmarks"));
    }

    @Override
    public void close() {
        connection.close();
    }

    private long count(String queryName) {
        return select(queryName, Map.of(), row -> row.getLiteral("count").getLong()).stream()
                .findFirst().orElse(0L);
    }

    /** Runs a bundled SELECT query with values substituted (never spliced into the text). */
    private <T> List<T> select(String queryName, Map<String, RDFNode> values, Function<QuerySolution, T> row) {
        return Failures.call(endpoint, "query it", () -> {
            QueryExecutionBuilder builder = connection.newQuery().query(QueryResources.load(queryName));
            values.forEach(builder::substitution);
            List<T> rows = new ArrayList<>();
            try (QueryExecution exec = builder.build()) {
                exec.execSelect().forEachRemaining(r -> rows.add(row.apply(r)));
            }
            return rows;
        });
    }

}
