package dev.claimgraph.bench;

import dev.claimgraph.rdf.CG;
import dev.claimgraph.store.ClaimStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Times the representative queries (leaderboard, one model's profile, conflicts) kept under
 * {@code /queries/bench/}, each run repeatedly in its own read transaction.
 */
public final class QueryBench {

    /** Benchmark and setting of the timed leaderboard. */
    public static final Node MMLU = NodeFactory.createURI(CG.ID + "benchmark/mmlu");
    public static final Node FIVE_SHOT = NodeFactory.createURI(CG.ID + "setting/5-shot");

    private static final int WARM_UP_RUNS = 3;

    private final ClaimStore store;
    private final int runs;

    public QueryBench(ClaimStore store, int runs) {
        this.store = store;
        this.runs = runs;
    }

    /** Times the three queries; the profiled model is the leaderboard's leader, so it exists at every size. */
    public List<Latency> measure() {
        List<Latency> latencies = new ArrayList<>();
        Map<String, RDFNode> board = Map.of("benchmark", resource(MMLU), "setting", resource(FIVE_SHOT));
        latencies.add(time("leaderboard", load("leaderboard"), board));
        RDFNode leader = first(load("leaderboard"), board, "model");
        if (leader != null) {
            latencies.add(time("model profile", load("model-profile"), Map.of("model", leader)));
        } else {
            latencies.add(time("model profile", load("model-profile"),
                    Map.of("model", resource(NodeFactory.createURI(CG.ID + "model/none")))));
        }
        latencies.add(time("conflicts", load("conflicts"), Map.of()));
        return latencies;
    }

    private Latency time(String name, Query query, Map<String, RDFNode> bindings) {
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            count(query, bindings);
        }
        long[] nanos = new long[runs];
        long rows = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            rows = count(query, bindings);
            nanos[i] = System.nanoTime() - start;
        }
        return Latency.of(name, nanos, rows);
    }

    // Rows are consumed to the end: an unconsumed result set would time only the first row.
    private long count(Query query, Map<String, RDFNode> bindings) {
        return store.read(ds -> {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(query).substitution(querySolution(bindings))
                    .build()) {
                ResultSet rows = exec.execSelect();
                long n = 0;
                while (rows.hasNext()) {
                    rows.next();
                    n++;
                }
                return n;
            }
        });
    }

    private RDFNode first(Query query, Map<String, RDFNode> bindings, String var) {
        return store.read(ds -> {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(query).substitution(querySolution(bindings))
                    .build()) {
                ResultSet rows = exec.execSelect();
                return rows.hasNext() ? rows.next().get(var) : null;
            }
        });
    }

    private static QuerySolution querySolution(Map<String, RDFNode> bindings) {
        org.apache.jena.query.QuerySolutionMap map = new org.apache.jena.query.QuerySolutionMap();
        bindings.forEach(map::add);
        return map;
    }

    private static RDFNode resource(Node iri) {
        return ResourceFactory.createResource(iri.getURI());
    }

    /** The parsed query {@code /queries/bench/{name}.rq}. */
    static Query load(String name) {
        String path = "/queries/bench/" + name + ".rq";
        try (InputStream in = QueryBench.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(path + " is unreadable", e);
        }
    }
}
