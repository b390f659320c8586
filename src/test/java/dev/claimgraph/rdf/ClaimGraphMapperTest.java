package dev.claimgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.extract.ExtractionResult;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.store.ShapesValidator;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimGraphMapperTest {

    @TempDir
    Path dir;

    private ClaimGraphMapper mapper;

    @BeforeEach
    void setUp() {
        mapper = new ClaimGraphMapper(Fixtures.lexicon(dir));
    }

    @Test
    void sameInputGivesSameTriples() {
        Graph a = mapper.map(Fixtures.gemini(), Fixtures.VERSION);
        Graph b = new ClaimGraphMapper(Fixtures.lexicon(dir.resolve("again"))).map(Fixtures.gemini(), Fixtures.VERSION);
        assertThat(a.find().toSet()).isEqualTo(b.find().toSet());
        assertThat(a.find().toList()).noneMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
    }

    @Test
    void scoreClaimHasItsFields() {
        ExtractionResult result = Fixtures.gemini();
        Graph g = mapper.map(result, Fixtures.VERSION);
        Node mmlu = iri("benchmark/mmlu");
        List<Node> scores = g.find(Node.ANY, CG.RDF_TYPE, CG.ScoreClaim).mapWith(Triple::getSubject).toList();
        assertThat(scores).hasSize(2);
        assertThat(scores).allMatch(c -> g.contains(c, CG.benchmark, mmlu), "aliases share the benchmark IRI");
        Node ultra = g.find(Node.ANY, CG.score, decimal("90.04")).next().getSubject();
        assertThat(ultra.getURI()).matches(java.util.regex.Pattern.quote(CG.ID) + "claim/[0-9a-f]{24}");
        assertThat(g.contains(ultra, CG.model, iri("model/gemini-ultra"))).isTrue();
        assertThat(g.contains(ultra, CG.setting, iri("setting/cot-32"))).isTrue();
        assertThat(g.contains(ultra, CG.unit, CG.Percent)).isTrue();
        assertThat(g.contains(ultra, CG.scoreText, Literals.string("90.04%"))).isTrue();
        assertThat(g.contains(ultra, CG.confidence, decimal("0.95"))).isTrue();
        assertThat(g.contains(ultra, CG.firstParty, Literals.bool(true))).isTrue();
        assertThat(g.contains(ultra, CG.statedIn, iri("source/gemini-2023-txt"))).isTrue();
        Node evidence = NodeFactory.createURI(ultra.getURI() + "/evidence/0");
        assertThat(g.contains(ultra, CG.evidence, evidence)).isTrue();
        assertThat(g.contains(evidence, CG.RDF_TYPE, CG.OA_TextQuoteSelector)).isTrue();
        assertThat(g.contains(evidence, CG.OA_exact, Literals.string("Gemini Ultra reaches 90.04% on MMLU"))).isTrue();
        int start = result.document().text().indexOf("Gemini Ultra reaches");
        assertThat(g.contains(evidence, CG.OA_start, Literals.nonNegativeInteger(start))).isTrue();
    }

    @Test
    void mentionsSourcePaperAndRunAreDescribed() {
        Graph g = mapper.map(Fixtures.gemini(), Fixtures.VERSION);
        Node source = iri("source/gemini-2023-txt");
        Node paper = iri("paper/gemini-a-family-of-highly-capable-multimodal-models");
        assertThat(g.contains(source, CG.describes, paper)).isTrue();
        assertThat(g.contains(source, CG.contentHash, Literals.string(Hashes.sha256(Fixtures.GEMINI_TEXT)))).isTrue();
        assertThat(g.contains(paper, CG.DCT_DATE, NodeFactory.createLiteralDT("2023-12", XSDDatatype.XSDgYearMonth)))
                .isTrue();
        assertThat(g.contains(paper, CG.affiliation, iri("org/google"))).isTrue();
        assertThat(g.contains(iri("org/google"), CG.RDFS_LABEL, Literals.string("Google"))).isTrue();
        assertThat(g.contains(iri("model/gpt-4"), CG.SKOS_ALT_LABEL, Literals.string("gpt4"))).isTrue();
        assertThat(g.contains(iri("model/gemini-ultra"), CG.family, iri("family/gemini"))).isTrue();
        assertThat(g.contains(iri("setting/5-shot"), CG.shots,
                NodeFactory.createLiteralDT("5", XSDDatatype.XSDinteger))).isTrue();
        assertThat(g.find(Node.ANY, CG.RDF_TYPE, CG.ExtractionRun).toList()).hasSize(1);
        assertThat(g.find(Node.ANY, NodeFactory.createURI(CG.PROV + "endedAtTime"), Node.ANY).hasNext()).isFalse();
    }

    @Test
    void comparisonKeepsBothSettings() {
        Graph g = mapper.map(Fixtures.gemini(), Fixtures.VERSION);
        Node comparison = g.find(Node.ANY, CG.RDF_TYPE, CG.ComparisonClaim).next().getSubject();
        assertThat(g.contains(comparison, CG.relation, CG.Better)).isTrue();
        assertThat(g.contains(comparison, CG.object, iri("model/gpt-4"))).isTrue();
        assertThat(g.contains(comparison, CG.setting, iri("setting/cot-32"))).isTrue();
        assertThat(g.contains(comparison, CG.objectSetting, iri("setting/5-shot"))).isTrue();

        Graph m = mapper.map(Fixtures.mixtral(), Fixtures.VERSION);
        Node similar = m.find(Node.ANY, CG.relation, CG.Similar).next().getSubject();
        assertThat(m.find(similar, CG.setting, Node.ANY).hasNext()).isFalse();
        assertThat(m.find(similar, CG.benchmark, Node.ANY).hasNext()).isFalse();
        assertThat(m.contains(iri("model/gpt-3-5"), CG.RDF_TYPE, CG.Model)).as("objects are described").isTrue();
    }

    @Test
    void mappedGraphsSatisfyTheShapes() {
        for (ExtractionResult result : List.of(Fixtures.gemini(), Fixtures.mixtral())) {
            ValidationReport report = ShapesValidator.validate(mapper.map(result, Fixtures.VERSION));
            assertThat(report.conforms()).as(() -> text(report)).isTrue();
        }
        ValidationReport reference = ShapesValidator.validate(mapper.reference());
        assertThat(reference.conforms()).as(() -> text(reference)).isTrue();
    }

    @Test
    void brokenGraphsFailTheShapes() {
        Graph g = mapper.map(Fixtures.gemini(), Fixtures.VERSION);
        Node claim = g.find(Node.ANY, CG.score, decimal("90.04")).next().getSubject();
        g.delete(Triple.create(claim, CG.score, decimal("90.04")));
        assertThat(ShapesValidator.validate(g).conforms()).isFalse();

        Graph h = mapper.map(Fixtures.gemini(), Fixtures.VERSION);
        h.add(Triple.create(claim, CG.confidence, decimal("1.5")));
        assertThat(ShapesValidator.validate(h).conforms()).isFalse();

        Graph k = mapper.map(Fixtures.gemini(), Fixtures.VERSION);
        Node evidence = NodeFactory.createURI(claim.getURI() + "/evidence/0");
        k.remove(evidence, CG.OA_end, Node.ANY);
        k.add(Triple.create(evidence, CG.OA_end, Literals.nonNegativeInteger(0)));
        assertThat(ShapesValidator.validate(k).conforms()).as("end before start").isFalse();
    }

    @Test
    void duplicateClaimsMergeTheirEvidence() {
        ExtractionResult once = Fixtures.gemini();
        List<dev.claimgraph.extract.Claim> twice = new java.util.ArrayList<>(once.claims());
        var first = (dev.claimgraph.extract.ScoreClaim) once.claims().get(0);
        twice.add(new dev.claimgraph.extract.ScoreClaim(first.model(), first.benchmark(), first.score(),
                first.scoreText(), first.unit(), first.metric(), first.setting(), true, 0.99,
                List.of(Fixtures.span(Fixtures.GEMINI_TEXT, "90.04%"))));
        Graph g = mapper.map(new ExtractionResult(once.document(), once.paper(), once.models(), twice), "v");
        Node claim = g.find(Node.ANY, CG.score, decimal("90.04")).next().getSubject();
        assertThat(g.find(claim, CG.evidence, Node.ANY).toList()).hasSize(2);
        assertThat(g.contains(claim, CG.confidence, decimal("0.99"))).isTrue();
        assertThat(ShapesValidator.validate(g).conforms()).isTrue();
    }

    @Test
    void referenceGraphDescribesTheLexicon() {
        Graph ref = mapper.reference();
        assertThat(ref.contains(iri("benchmark/wikitext-103"), CG.higherIsBetter, Literals.bool(false))).isTrue();
        assertThat(ref.contains(iri("org/google"), CG.SKOS_ALT_LABEL, Literals.string("DeepMind"))).isTrue();
        assertThat(ref.contains(iri("model/mixtral-8x7b"), CG.developer, iri("org/mistral-ai"))).isTrue();
        assertThat(new ClaimGraphMapper(Lexicon.bundled()).reference().contains(iri("benchmark/mmlu"), CG.higherIsBetter,
                Literals.bool(true))).isTrue();
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(CG.ID + path);
    }

    private static Node decimal(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    private static String text(ValidationReport report) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(out, report.getGraph(), Lang.TURTLE);
        ShLib.printReport(report);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
