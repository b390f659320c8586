package dev.claimgraph.store;

import dev.claimgraph.rdf.CG;
import dev.claimgraph.rdf.Hashes;
import dev.claimgraph.rdf.Literals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

/** The quads the score table graph holds for a score summary with its extreme reports, and for a model's facts. */
final class TableQuads {

    private static final String SUMMARY_IRI = CG.ID + "score-summary/";
    private static final String FACT_IRI = CG.ID + "model-fact/";

    private TableQuads() {}

    /** A summary, named by its model, benchmark and setting, and where sources differ the reports of its extremes. */
    static List<Quad> summary(ScoreSummary s, Map<Node, ClaimDetails> reports) {
        Node entry = NodeFactory.createURI(SUMMARY_IRI + Hashes.sha256Fields(s.model().getURI(),
                s.benchmark().getURI(), s.setting().getURI()).substring(0, 32));
        List<Quad> quads = new ArrayList<>();
        quads.add(quad(entry, CG.RDF_TYPE, CG.ScoreSummary));
        quads.add(quad(entry, CG.summaryModel, s.model()));
        quads.add(quad(entry, CG.summaryBenchmark, s.benchmark()));
        quads.add(quad(entry, CG.summarySetting, s.setting()));
        quads.add(quad(entry, CG.representativeScore, Literals.decimal(s.score())));
        quads.add(quad(entry, CG.minScore, Literals.decimal(s.min())));
        quads.add(quad(entry, CG.maxScore, Literals.decimal(s.max())));
        quads.add(quad(entry, CG.reportCount, Literals.integer(s.reportCount())));
        quads.add(quad(entry, CG.sourceCount, Literals.integer(s.sourceCount())));
        quads.add(quad(entry, CG.crossSourceSpread, Literals.decimal(s.crossSourceSpread())));
        // The extremes are what a conflict listing shows; only worth keeping where sources differ.
        if (s.crossSourceSpread().signum() > 0) {
            s.lowClaims().forEach(c -> report(quads, entry, CG.lowReport, reports.get(c)));
            s.highClaims().forEach(c -> report(quads, entry, CG.highReport, reports.get(c)));
        }
        return quads;
    }

    /** The quads of one extreme report, named below its summary; none for a claim without a source or score. */
    private static void report(List<Quad> quads, Node entry, Node side, ClaimDetails r) {
        if (r == null || r.score() == null) {
            return;
        }
        String claim = r.claim().getURI();
        Node node = NodeFactory.createURI(entry.getURI() + "/" + claim.substring(claim.lastIndexOf('/') + 1));
        SourceInfo source = r.sourceInfo();
        quads.add(quad(entry, side, node));
        quads.add(quad(node, CG.RDF_TYPE, CG.ExtremeReport));
        quads.add(quad(node, CG.reportedClaim, r.claim()));
        quads.add(quad(node, CG.reportedScore, Literals.decimal(r.score())));
        quads.add(quad(node, CG.reportSource, r.source()));
        quads.add(quad(node, CG.reportFileName, Literals.string(source.fileName())));
        optional(quads, node, CG.reportedScoreText, r.scoreText());
        optional(quads, node, CG.reportPaperTitle, source.paperTitle());
        optional(quads, node, CG.reportPaperDate, source.date());
        optional(quads, node, CG.reportEvidence, r.evidence());
        if (r.firstParty() != null) {
            quads.add(quad(node, CG.reportedFirstParty, Literals.bool(r.firstParty())));
        }
        source.affiliations().forEach(a -> quads.add(quad(node, CG.reportAffiliation, Literals.string(a))));
    }

    /** A model fact, named by its model and example claim. */
    static List<Quad> fact(ModelFact fact) {
        Node node = node(fact);
        List<Quad> quads = new ArrayList<>();
        quads.add(quad(node, CG.RDF_TYPE, CG.ModelFact));
        quads.add(quad(node, CG.factModel, fact.model()));
        quads.add(quad(node, CG.factKind, fact.kind()));
        quads.add(quad(node, CG.exampleClaim, fact.example()));
        quads.add(quad(node, CG.sourceCount, Literals.integer(fact.sourceCount())));
        if (fact.firstParty() != null) {
            quads.add(quad(node, CG.factFirstParty, Literals.bool(fact.firstParty())));
        }
        return quads;
    }

    /**
     * Links from the model to its leading facts: every fact but comparisons, and the comparisons
     * most sources state (then the least example IRI), at most {@code comparisons}; and how many
     * comparisons there are in all.
     */
    static List<Quad> leading(Node model, List<ModelFact> facts, int comparisons) {
        List<ModelFact> stated = facts.stream().filter(f -> f.kind().equals(CG.ComparisonClaim))
                .sorted(Comparator.comparingInt(ModelFact::sourceCount).reversed()
                        .thenComparing(f -> f.example().getURI()))
                .toList();
        List<Quad> quads = new ArrayList<>();
        facts.stream().filter(f -> !f.kind().equals(CG.ComparisonClaim))
                .forEach(f -> quads.add(quad(model, CG.leadingFact, node(f))));
        stated.stream().limit(comparisons).forEach(f -> quads.add(quad(model, CG.leadingFact, node(f))));
        if (!facts.isEmpty()) {
            quads.add(quad(model, CG.comparisonCount, Literals.integer(stated.size())));
        }
        return quads;
    }

    private static Node node(ModelFact fact) {
        return NodeFactory.createURI(FACT_IRI + Hashes.sha256Fields(fact.model().getURI(),
                fact.example().getURI()).substring(0, 32));
    }

    private static void optional(List<Quad> quads, Node subject, Node property, String text) {
        if (text != null) {
            quads.add(quad(subject, property, Literals.string(text)));
        }
    }

    private static Quad quad(Node s, Node p, Node o) {
        return Quad.create(ScoreTable.GRAPH, s, p, o);
    }
}
