package dev.claimgraph.store;

import dev.claimgraph.rdf.CG;
import dev.claimgraph.rdf.Hashes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The score table graph: one {@code cg:ScoreSummary} per model, benchmark and setting, with the
 * labels it shows, rebuilt one benchmark at a time for the benchmarks whose claims changed.
 *
 * <p>Leaderboards and conflict reports read this graph instead of every claim, so their cost
 * follows the number of models rather than the number of papers. Writes of document graphs mark
 * the benchmarks they touch as stale in the same transaction; a rebuild clears the marks. While
 * any mark is there, readers summarise the claims themselves, so answers never depend on it.
 */
public final class ScoreTable {

    /** The graph's name, which is also the node that carries its state. */
    public static final Node GRAPH = CG.SCORE_TABLE_GRAPH;

    private static final String SUMMARY_IRI = CG.ID + "score-summary/";
    private static final String FACT_ROW_IRI = CG.ID + "fact-row/";

    /** The grouped queries whose rows the table keeps per model, for model profiles. */
    public static final List<String> FACT_QUERIES = List.of("q-model-developers", "q-model-quantities",
            "q-model-comparisons");

    /** Fact row columns that name entities, whose labels the table keeps. */
    private static final Set<String> LABELLED_COLUMNS = Set.of("organisation", "subject", "object", "benchmark",
            "setting", "objectSetting");

    /** The layout of the table; a table of another layout is rebuilt whole by the next refresh. */
    public static final Node FORMAT = NodeFactory.createLiteralString("2");

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
        return built(dsg)
                && !dsg.contains(GRAPH, GRAPH, CG.staleBenchmark, Node.ANY)
                && !dsg.contains(GRAPH, GRAPH, CG.staleModel, Node.ANY);
    }

    /** Marks the benchmarks and models a document graph names as stale; call before the graph is written or removed. */
    static void markStale(DatasetGraph dsg, Graph graph) {
        graph.find(Node.ANY, CG.benchmark, Node.ANY).forEachRemaining(t -> mark(dsg, CG.staleBenchmark, t.getObject()));
        graph.find(Node.ANY, CG.model, Node.ANY).forEachRemaining(t -> mark(dsg, CG.staleModel, t.getObject()));
        graph.find(Node.ANY, CG.object, Node.ANY).forEachRemaining(t -> mark(dsg, CG.staleModel, t.getObject()));
    }

    /** As {@link #markStale(DatasetGraph, Graph)} for a stored graph. */
    static void markStoredStale(DatasetGraph dsg, Node graphName) {
        dsg.find(graphName, Node.ANY, CG.benchmark, Node.ANY).forEachRemaining(q -> mark(dsg, CG.staleBenchmark, q.getObject()));
        dsg.find(graphName, Node.ANY, CG.model, Node.ANY).forEachRemaining(q -> mark(dsg, CG.staleModel, q.getObject()));
        dsg.find(graphName, Node.ANY, CG.object, Node.ANY).forEachRemaining(q -> mark(dsg, CG.staleModel, q.getObject()));
    }

    private static void mark(DatasetGraph dsg, Node property, Node entity) {
        if (entity.isURI()) {
            dsg.add(GRAPH, GRAPH, property, entity);
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
     * never built, reading claims through {@code claims}; returns how many benchmarks were rebuilt.
     */
    static int refresh(DatasetGraph dsg, SparqlSelect claims) {
        boolean built = built(dsg);
        if (!built) {
            // Whatever an older layout left is dropped; everything is rebuilt below.
            dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        }
        Set<Node> benchmarks = stale(dsg, claims, CG.staleBenchmark, built ? null : "table-benchmarks", "benchmark");
        for (Node benchmark : benchmarks) {
            rebuild(dsg, claims, benchmark);
            dsg.delete(GRAPH, GRAPH, CG.staleBenchmark, benchmark);
        }
        Set<Node> models = stale(dsg, claims, CG.staleModel, built ? null : "table-models", "model");
        for (Node model : models) {
            rebuildFacts(dsg, claims, model);
            dsg.delete(GRAPH, GRAPH, CG.staleModel, model);
        }
        markBuilt(dsg);
        return benchmarks.size();
    }

    /** The entities marked stale, plus every one the query finds when the table was never built. */
    private static Set<Node> stale(DatasetGraph dsg, SparqlSelect claims, Node mark, String allQuery, String var) {
        Set<Node> stale = new LinkedHashSet<>();
        if (allQuery != null) {
            claims.select(allQuery, Map.of()).forEach(row -> stale.add(row.get(var)));
        }
        dsg.find(GRAPH, GRAPH, mark, Node.ANY).forEachRemaining(q -> stale.add(q.getObject()));
        stale.removeIf(n -> n == null || !n.isURI());
        return stale;
    }

    /** Keeps the rows of the model's grouped fact queries, one node per row and one property per column. */
    private static void rebuildFacts(DatasetGraph target, SparqlSelect claims, Node model) {
        List<Node> old = new ArrayList<>();
        target.find(GRAPH, Node.ANY, CG.factModel, model).forEachRemaining(q -> old.add(q.getSubject()));
        old.forEach(s -> target.deleteAny(GRAPH, s, Node.ANY, Node.ANY));
        for (String query : FACT_QUERIES) {
            List<Map<String, Node>> rows = claims.select(query, Map.of("model", model));
            for (int i = 0; i < rows.size(); i++) {
                Node row = NodeFactory.createURI(FACT_ROW_IRI
                        + Hashes.sha256Fields(model.getURI(), query, Integer.toString(i)).substring(0, 32));
                target.add(GRAPH, row, CG.RDF_TYPE, CG.FactRow);
                target.add(GRAPH, row, CG.factModel, model);
                target.add(GRAPH, row, CG.factQuery, NodeFactory.createLiteralString(query));
                for (Map.Entry<String, Node> cell : rows.get(i).entrySet()) {
                    target.add(GRAPH, row, NodeFactory.createURI(CG.COLUMN + cell.getKey()), cell.getValue());
                    if (LABELLED_COLUMNS.contains(cell.getKey()) && cell.getValue().isURI()) {
                        label(target, claims, cell.getValue());
                    }
                }
            }
        }
    }

    /** Writes the summaries of the benchmarks into {@code target}'s table graph, replacing any there. */
    public static void build(DatasetGraph target, SparqlSelect claims, Collection<Node> benchmarks) {
        benchmarks.forEach(b -> rebuild(target, claims, b));
    }

    private static void rebuild(DatasetGraph target, SparqlSelect claims, Node benchmark) {
        List<Node> old = new ArrayList<>();
        target.find(GRAPH, Node.ANY, CG.summaryBenchmark, benchmark).forEachRemaining(q -> old.add(q.getSubject()));
        old.forEach(s -> target.deleteAny(GRAPH, s, Node.ANY, Node.ANY));
        // The benchmark's label and direction are read first: the direction decides the representative.
        Map<String, Node> about = entity(claims, benchmark);
        Node higher = about.get("higherIsBetter");
        boolean higherIsBetter = higher == null || "true".equals(higher.getLiteralLexicalForm())
                || "1".equals(higher.getLiteralLexicalForm());
        List<ScoreSummary> summaries = summarise(claims, benchmark, higherIsBetter);
        if (summaries.isEmpty()) {
            return;
        }
        copy(target, benchmark, CG.RDFS_LABEL, about.get("label"));
        copy(target, benchmark, CG.higherIsBetter, higher);
        for (ScoreSummary s : summaries) {
            write(target, s);
            label(target, claims, s.model());
            label(target, claims, s.setting());
        }
    }

    /**
     * The benchmark's claims summed up as they stream past. The query gives a claim one row per
     * date of its paper, but only the latest date, so a claim comes once unless two dates tie.
     */
    private static List<ScoreSummary> summarise(SparqlSelect claims, Node benchmark, boolean higherIsBetter) {
        ScoreSummarizer summarizer = new ScoreSummarizer(benchmark, higherIsBetter);
        Node[] previous = new Node[1];
        claims.forEach("table-observations", Map.of("benchmark", benchmark), row -> {
            Node claim = row.get("claim");
            if (claim.equals(previous[0])) {
                return;
            }
            previous[0] = claim;
            BigDecimal score = new BigDecimal(row.get("score").getLiteralLexicalForm());
            BigDecimal value = CG.Fraction.equals(row.get("unit")) ? score.movePointRight(2) : score;
            Node date = row.get("date");
            summarizer.add(new ScoreObservation(claim, row.get("model"), row.get("setting"), value, row.get("src"),
                    date == null ? "" : date.getLiteralLexicalForm()));
        });
        return summarizer.summaries();
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

    private static void write(DatasetGraph target, ScoreSummary s) {
        Node entry = NodeFactory.createURI(SUMMARY_IRI + Hashes.sha256Fields(s.model().getURI(),
                s.benchmark().getURI(), s.setting().getURI()).substring(0, 32));
        List<Quad> quads = new ArrayList<>();
        quads.add(quad(entry, CG.RDF_TYPE, CG.ScoreSummary));
        quads.add(quad(entry, CG.summaryModel, s.model()));
        quads.add(quad(entry, CG.summaryBenchmark, s.benchmark()));
        quads.add(quad(entry, CG.summarySetting, s.setting()));
        quads.add(quad(entry, CG.representativeScore, decimal(s.score())));
        quads.add(quad(entry, CG.minScore, decimal(s.min())));
        quads.add(quad(entry, CG.maxScore, decimal(s.max())));
        quads.add(quad(entry, CG.reportCount, integer(s.reportCount())));
        quads.add(quad(entry, CG.sourceCount, integer(s.sourceCount())));
        quads.add(quad(entry, CG.crossSourceSpread, decimal(s.crossSourceSpread())));
        // The extreme claims are what a conflict report shows; only worth keeping where sources differ.
        if (s.crossSourceSpread().signum() > 0) {
            s.lowClaims().forEach(c -> quads.add(quad(entry, CG.lowClaim, c)));
            s.highClaims().forEach(c -> quads.add(quad(entry, CG.highClaim, c)));
        }
        quads.forEach(target::add);
    }

    private static Quad quad(Node s, Node p, Node o) {
        return Quad.create(GRAPH, s, p, o);
    }

    /** The canonical xsd:decimal form ("70.0", "68.9"), which TDB2 gives back whatever was written. */
    private static Node decimal(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        String text = plain.scale() <= 0 ? plain.setScale(1).toPlainString() : plain.toPlainString();
        return NodeFactory.createLiteralDT(text, XSDDatatype.XSDdecimal);
    }

    private static Node integer(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger);
    }
}
