package dev.claimgraph.store;

import dev.claimgraph.rdf.CG;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Score observations read straight from a local store's quad indexes: each claim's own triples in
 * one scan of its graph, where the SPARQL form joins the union of all graphs once per property.
 * Gives what {@link SparqlObservations} gives on a store whose claims keep their triples in their
 * own graph, as ingest writes them.
 */
final class QuadObservations implements ScoreObservations {

    private final DatasetGraph dsg;
    private Node source;
    private String sourceDate;

    QuadObservations(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public void forEach(Node benchmark, Consumer<ScoreObservation> sink) {
        Iterator<Quad> uses = dsg.find(Node.ANY, Node.ANY, CG.benchmark, benchmark);
        while (uses.hasNext()) {
            Quad use = uses.next();
            ScoreObservation o = observation(use.getGraph(), use.getSubject());
            if (o != null) {
                sink.accept(o);
            }
        }
    }

    /** The claim as an observation, or null when it is not a whole score claim. */
    private ScoreObservation observation(Node graph, Node claim) {
        boolean score = false;
        Node model = null;
        Node setting = null;
        Node value = null;
        Node unit = null;
        Node src = null;
        Iterator<Quad> triples = dsg.find(graph, claim, Node.ANY, Node.ANY);
        while (triples.hasNext()) {
            Quad t = triples.next();
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(CG.RDF_TYPE)) {
                score |= o.equals(CG.ScoreClaim);
            } else if (p.equals(CG.model)) {
                model = o;
            } else if (p.equals(CG.setting)) {
                setting = o;
            } else if (p.equals(CG.score)) {
                value = o;
            } else if (p.equals(CG.unit)) {
                unit = o;
            } else if (p.equals(CG.statedIn)) {
                src = o;
            }
        }
        if (!score || model == null || setting == null || value == null || src == null) {
            return null;
        }
        BigDecimal number = new BigDecimal(value.getLiteralLexicalForm());
        return new ScoreObservation(claim, model, setting,
                CG.Fraction.equals(unit) ? number.movePointRight(2) : number, src, date(src));
    }

    /**
     * The latest date the source states for the paper it describes, or "", from the source's own
     * graph (named by its IRI): a paper is named by its title, and other summaries of it state
     * their own dates. Claims of one source come together, so one source is remembered.
     */
    private String date(Node src) {
        if (!src.equals(source)) {
            source = src;
            sourceDate = "";
            Iterator<Quad> papers = dsg.find(src, src, CG.describes, Node.ANY);
            while (papers.hasNext()) {
                Iterator<Quad> dates = dsg.find(src, papers.next().getObject(), CG.DCT_DATE, Node.ANY);
                while (dates.hasNext()) {
                    String d = dates.next().getObject().getLiteralLexicalForm();
                    if (d.compareTo(sourceDate) > 0) {
                        sourceDate = d;
                    }
                }
            }
        }
        return sourceDate;
    }
}
