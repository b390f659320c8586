package dev.claimgraph.store;

import dev.claimgraph.rdf.CG;
import dev.claimgraph.rdf.Literals;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The score table graph: one {@code cg:ScoreSummary} per model, benchmark and setting (with the
 * reports of its extreme values where sources differ), one {@code cg:ModelFact} per model and
 * statement other than a score, and the labels they show; rebuilt one benchmark and one model at
 * a time for those whose claims changed.
 *
 * <p>Leaderboards, conflict reports and model profiles read this graph instead of every claim, so
 * their cost follows the number of models rather than the number of papers. Writes of document
 * graphs mark the benchmarks and models they touch as stale in the same transaction; a rebuild
 * clears the marks. While any mark is there, readers summarise the claims themselves, so answers
 * never depend on it.
 */
public final class ScoreTable {

    /** The graph's name, which is also the node that carries its state. */
    public static final Node GRAPH = CG.SCORE_TABLE_GRAPH;

    /** The layout of the table; a table of another layout is rebuilt whole by the next refresh. */
    public static final Node FORMAT = NodeFactory.createLiteralString("5");

    /**
     * How many of a model's comparisons, those most sources state, the table links from the model
     * as leading facts: a profile that lists no more than these reads only them.
     */
    public static final int LEADING_COMPARISONS = 100;

    private ScoreTable() {}

    /** True when the table was built in this layout, whatever is stale in it. */
    private static boolean built(DatasetGraph dsg) {
        return dsg.contains(GRAPH, GRAPH, CG.tableFormat, FORMAT);
    }

    private static void markBuilt(DatasetGraph dsg) {
        dsg.add(GRAPH, GRAPH, CG.RDF_TYPE, CG.ScoreTable);
        dsg.add(GRAPH, GRAPH, CG.tableFormat, FORMAT);
    }

    /** True when the table has been built and no benchmark or model waits. */
    public static boolean isCurrent(DatasetGraph dsg) {
        return built(dsg) && !dsg.contains(GRAPH, GRAPH, CG.staleBenchmark, Node.ANY)
                && !dsg.contains(GRAPH, GRAPH, CG.staleModel, Node.ANY);
    }

    /**
     * Marks the benchmarks a document graph names, and the models its other claims than scores
     * are about, as stale; call before the graph is written or removed.
     */
    static void markStale(DatasetGraph dsg, Graph graph) {
        graph.find(Node.ANY, CG.benchmark, Node.ANY).forEachRemaining(t -> mark(dsg, CG.staleBenchmark, t.getObject()));
        for (Node role : List.of(CG.model, CG.object)) {
            graph.find(Node.ANY, role, Node.ANY).forEachRemaining(t -> {
                if (!graph.find(t.getSubject(), CG.RDF_TYPE, CG.ScoreClaim).hasNext()) {
                    mark(dsg, CG.staleModel, t.getObject());
                }
            });
        }
    }

    /** As {@link #markStale(DatasetGraph, Graph)} for a stored graph. */
    static void markStoredStale(DatasetGraph dsg, Node graphName) {
        markStale(dsg, dsg.getGraph(graphName));
    }

    private static void mark(DatasetGraph dsg, Node mark, Node entity) {
        if (entity.isURI()) {
            dsg.add(GRAPH, GRAPH, mark, entity);
        }
    }

    /**
     * Declares the table built when the store holds no claims yet, so that a first ingest
     * rebuilds only what it marks instead of searching the whole store for benchmarks.
     */
    static void startIfEmpty(DatasetGraph dsg) {
        if (built(dsg)) {
            return;
        }
        var names = dsg.listGraphNodes();
        while (names.hasNext()) {
            Node name = names.next();
            if (!name.equals(CG.REFERENCE_GRAPH) && !name.equals(GRAPH)) {
                return;
            }
        }
        markBuilt(dsg);
    }

    /**
     * Rebuilds the summaries of the stale benchmarks, or of every benchmark when the table was
     * never built, reading claims from the quad indexes and labels through {@code claims};
     * returns how many benchmarks were rebuilt.
     */
    static int refresh(DatasetGraph dsg, SparqlSelect claims) {
        boolean built = built(dsg);
        if (!built) {
            // Whatever an older layout left is dropped; everything is rebuilt below.
            dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        }
        Set<Node> benchmarks = staleBenchmarks(dsg, claims, built);
        ScoreObservations observations = new QuadObservations(dsg);
        for (Node benchmark : benchmarks) {
            rebuild(dsg, claims, observations, benchmark);
            dsg.delete(GRAPH, GRAPH, CG.staleBenchmark, benchmark);
        }
        Set<Node> models = marked(dsg, CG.staleModel);
        if (!built) {
            dsg.find(Node.ANY, Node.ANY, CG.RDF_TYPE, CG.Model).forEachRemaining(q -> models.add(q.getSubject()));
        }
        ModelFacts facts = new QuadModelFacts(dsg);
        for (Node model : models) {
            rebuildFacts(dsg, facts, model);
            dsg.delete(GRAPH, GRAPH, CG.staleModel, model);
        }
        markBuilt(dsg);
        return benchmarks.size();
    }

    private static Set<Node> marked(DatasetGraph dsg, Node mark) {
        Set<Node> entities = new LinkedHashSet<>();
        dsg.find(GRAPH, GRAPH, mark, Node.ANY).forEachRemaining(q -> entities.add(q.getObject()));
        return entities;
    }

    /** The benchmarks marked stale, plus every benchmark with scores when the table was never built. */
    private static Set<Node> staleBenchmarks(DatasetGraph dsg, SparqlSelect claims, boolean built) {
        Set<Node> stale = new LinkedHashSet<>();
        if (!built) {
            claims.select("table-benchmarks", Map.of()).forEach(row -> stale.add(row.get("benchmark")));
        }
        stale.addAll(marked(dsg, CG.staleBenchmark));
        stale.removeIf(n -> n == null || !n.isURI());
        return stale;
    }

    /**
     * Writes the summaries of the benchmarks and the facts of the models into {@code target}'s
     * table graph, replacing any there.
     */
    public static void build(DatasetGraph target, SparqlSelect claims, Collection<Node> benchmarks,
            Collection<Node> models) {
        ScoreObservations observations = new SparqlObservations(claims);
        benchmarks.forEach(b -> rebuild(target, claims, observations, b));
        ModelFacts facts = new SparqlModelFacts(claims);
        models.forEach(m -> rebuildFacts(target, facts, m));
    }

    private static void rebuildFacts(DatasetGraph target, ModelFacts facts, Node model) {
        List<Node> old = new ArrayList<>();
        target.find(GRAPH, Node.ANY, CG.factModel, model).forEachRemaining(q -> old.add(q.getSubject()));
        old.forEach(f -> target.deleteAny(GRAPH, f, Node.ANY, Node.ANY));
        target.deleteAny(GRAPH, model, CG.leadingFact, Node.ANY);
        target.deleteAny(GRAPH, model, CG.comparisonCount, Node.ANY);
        List<ModelFact> found = facts.of(model);
        found.forEach(fact -> TableQuads.fact(fact).forEach(target::add));
        TableQuads.leading(model, found, LEADING_COMPARISONS).forEach(target::add);
    }

    private static void rebuild(DatasetGraph target, SparqlSelect claims, ScoreObservations observations,
            Node benchmark) {
        List<Node> old = new ArrayList<>();
        target.find(GRAPH, Node.ANY, CG.summaryBenchmark, benchmark).forEachRemaining(q -> old.add(q.getSubject()));
        for (Node summary : old) {
            List<Node> reports = new ArrayList<>();
            target.find(GRAPH, summary, CG.lowReport, Node.ANY).forEachRemaining(q -> reports.add(q.getObject()));
            target.find(GRAPH, summary, CG.highReport, Node.ANY).forEachRemaining(q -> reports.add(q.getObject()));
            reports.forEach(r -> target.deleteAny(GRAPH, r, Node.ANY, Node.ANY));
            target.deleteAny(GRAPH, summary, Node.ANY, Node.ANY);
        }
        // The benchmark's label and direction are read first: the direction decides the representative.
        Map<String, Node> about = entity(claims, benchmark);
        Node higher = about.get("higherIsBetter");
        boolean higherIsBetter = higher == null || Literals.isTrue(higher);
        ScoreSummarizer summarizer = new ScoreSummarizer(benchmark, higherIsBetter);
        observations.forEach(benchmark, summarizer::add);
        List<ScoreSummary> summaries = summarizer.summaries();
        if (summaries.isEmpty()) {
            return;
        }
        copy(target, benchmark, CG.RDFS_LABEL, about.get("label"));
        copy(target, benchmark, CG.higherIsBetter, higher);
        // The extreme claims are what a conflict listing shows; only worth keeping where sources differ.
        Set<Node> extremes = new LinkedHashSet<>();
        summaries.stream().filter(s -> s.crossSourceSpread().signum() > 0).forEach(s -> {
            extremes.addAll(s.lowClaims());
            extremes.addAll(s.highClaims());
        });
        Map<Node, ClaimDetails> reports = ClaimDetailsReader.read(claims, extremes);
        for (ScoreSummary s : summaries) {
            TableQuads.summary(s, reports).forEach(target::add);
            label(target, claims, s.model());
            label(target, claims, s.setting());
        }
    }

    /** Copies one label of the entity into the table graph unless it has one there. */
    private static void label(DatasetGraph target, SparqlSelect claims, Node entity) {
        if (!target.contains(GRAPH, entity, CG.RDFS_LABEL, Node.ANY)) {
            copy(target, entity, CG.RDFS_LABEL, entity(claims, entity).get("label"));
        }
    }

    private static Map<String, Node> entity(SparqlSelect claims, Node entity) {
        List<Map<String, Node>> rows = claims.select("table-entity", Map.of("entity", entity));
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    /** Sets the entity's value of a property in the table graph, replacing what was there. */
    private static void copy(DatasetGraph target, Node entity, Node property, Node value) {
        if (value != null && !target.contains(GRAPH, entity, property, value)) {
            target.deleteAny(GRAPH, entity, property, Node.ANY);
            target.add(GRAPH, entity, property, value);
        }
    }
}
