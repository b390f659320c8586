package dev.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The IRIs of the ClaimGraph vocabulary and of the terms it borrows from other vocabularies. */
public final class CG {

    public static final String NS = "https://w3id.org/claimgraph#";
    public static final String ID = "https://w3id.org/claimgraph/id/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String MLS = "http://www.w3.org/ns/mls#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String SH = "http://www.w3.org/ns/shacl#";

    /** The named graph that holds lexicon data. */
    public static final Node REFERENCE_GRAPH = iri(ID + "graph/reference");

    /** The named graph that holds the score table: summaries derived from the document graphs. */
    public static final Node SCORE_TABLE_GRAPH = iri(ID + "graph/score-table");

    // Classes
    public static final Node Model = term("Model");
    public static final Node ModelFamily = term("ModelFamily");
    public static final Node Organisation = term("Organisation");
    public static final Node Benchmark = term("Benchmark");
    public static final Node EvaluationSetting = term("EvaluationSetting");
    public static final Node Source = term("Source");
    public static final Node Paper = term("Paper");
    public static final Node Claim = term("Claim");
    public static final Node ScoreClaim = term("ScoreClaim");
    public static final Node ParameterClaim = term("ParameterClaim");
    public static final Node ContextLengthClaim = term("ContextLengthClaim");
    public static final Node DeveloperClaim = term("DeveloperClaim");
    public static final Node ComparisonClaim = term("ComparisonClaim");
    public static final Node ExtractionRun = term("ExtractionRun");
    public static final Node ComparisonRelation = term("ComparisonRelation");
    public static final Node OrganisationBasis = term("OrganisationBasis");
    public static final Node ScoreUnit = term("ScoreUnit");
    public static final Node ScoreTable = term("ScoreTable");
    public static final Node ScoreSummary = term("ScoreSummary");
    public static final Node ExtremeReport = term("ExtremeReport");
    public static final Node ModelFact = term("ModelFact");

    // Individuals
    public static final Node Better = term("Better");
    public static final Node Similar = term("Similar");
    public static final Node StatedInText = term("StatedInText");
    public static final Node FromLexicon = term("FromLexicon");
    public static final Node Percent = term("Percent");
    public static final Node Fraction = term("Fraction");
    public static final Node Points = term("Points");

    // Claim properties
    public static final Node statedIn = term("statedIn");
    public static final Node model = term("model");
    public static final Node firstParty = term("firstParty");
    public static final Node confidence = term("confidence");
    public static final Node evidence = term("evidence");
    public static final Node benchmark = term("benchmark");
    public static final Node setting = term("setting");
    public static final Node objectSetting = term("objectSetting");
    public static final Node score = term("score");
    public static final Node scoreText = term("scoreText");
    public static final Node unit = term("unit");
    public static final Node metric = term("metric");
    public static final Node parameterCount = term("parameterCount");
    public static final Node activeParameterCount = term("activeParameterCount");
    public static final Node quantityText = term("quantityText");
    public static final Node contextLength = term("contextLength");
    public static final Node organisation = term("organisation");
    public static final Node basis = term("basis");
    public static final Node relation = term("relation");
    public static final Node object = term("object");

    // Entity properties
    public static final Node family = term("family");
    public static final Node higherIsBetter = term("higherIsBetter");
    public static final Node defaultMetric = term("defaultMetric");
    public static final Node shots = term("shots");
    public static final Node fewShot = term("fewShot");
    public static final Node chainOfThought = term("chainOfThought");
    public static final Node samples = term("samples");
    public static final Node passAt = term("passAt");
    public static final Node fileName = term("fileName");
    public static final Node format = term("format");
    public static final Node contentHash = term("contentHash");
    public static final Node extractorVersion = term("extractorVersion");
    public static final Node describes = term("describes");
    public static final Node affiliation = term("affiliation");
    public static final Node developer = term("developer");

    // Score table properties
    public static final Node summaryModel = term("summaryModel");
    public static final Node summaryBenchmark = term("summaryBenchmark");
    public static final Node summarySetting = term("summarySetting");
    public static final Node representativeScore = term("representativeScore");
    public static final Node minScore = term("minScore");
    public static final Node maxScore = term("maxScore");
    public static final Node reportCount = term("reportCount");
    public static final Node sourceCount = term("sourceCount");
    public static final Node crossSourceSpread = term("crossSourceSpread");
    public static final Node lowReport = term("lowReport");
    public static final Node highReport = term("highReport");
    public static final Node reportedClaim = term("reportedClaim");
    public static final Node reportedScore = term("reportedScore");
    public static final Node reportedScoreText = term("reportedScoreText");
    public static final Node reportedFirstParty = term("reportedFirstParty");
    public static final Node reportSource = term("reportSource");
    public static final Node reportFileName = term("reportFileName");
    public static final Node reportPaperTitle = term("reportPaperTitle");
    public static final Node reportPaperDate = term("reportPaperDate");
    public static final Node reportAffiliation = term("reportAffiliation");
    public static final Node reportEvidence = term("reportEvidence");
    public static final Node factModel = term("factModel");
    public static final Node factKind = term("factKind");
    public static final Node exampleClaim = term("exampleClaim");
    public static final Node factFirstParty = term("factFirstParty");
    public static final Node leadingFact = term("leadingFact");
    public static final Node comparisonCount = term("comparisonCount");
    public static final Node staleBenchmark = term("staleBenchmark");
    public static final Node staleModel = term("staleModel");
    public static final Node tableFormat = term("tableFormat");


    // Borrowed terms
    public static final Node MLS_Model = iri(MLS + "Model");
    public static final Node MLS_Dataset = iri(MLS + "Dataset");
    public static final Node MLS_ModelEvaluation = iri(MLS + "ModelEvaluation");
    public static final Node MLS_EvaluationProcedure = iri(MLS + "EvaluationProcedure");
    public static final Node PROV_Entity = iri(PROV + "Entity");
    public static final Node PROV_Activity = iri(PROV + "Activity");
    public static final Node PROV_Organization = iri(PROV + "Organization");
    public static final Node PROV_wasGeneratedBy = iri(PROV + "wasGeneratedBy");
    public static final Node PROV_used = iri(PROV + "used");
    public static final Node OA_TextPositionSelector = iri(OA + "TextPositionSelector");
    public static final Node OA_TextQuoteSelector = iri(OA + "TextQuoteSelector");
    public static final Node OA_start = iri(OA + "start");
    public static final Node OA_end = iri(OA + "end");
    public static final Node OA_exact = iri(OA + "exact");
    public static final Node SCHEMA_Organization = iri(SCHEMA + "Organization");
    public static final Node SCHEMA_ScholarlyArticle = iri(SCHEMA + "ScholarlyArticle");
    public static final Node RDF_TYPE = RDF.Nodes.type;
    public static final Node RDFS_LABEL = RDFS.Nodes.label;
    public static final Node SKOS_ALT_LABEL = SKOS.altLabel.asNode();
    public static final Node DCT_TITLE = DCTerms.title.asNode();
    public static final Node DCT_DATE = DCTerms.date.asNode();
    public static final Node DCT_CREATOR = DCTerms.creator.asNode();

    /** The prefixes used in exports and in the ontology files. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("cg", NS)
            .setNsPrefix("prov", PROV)
            .setNsPrefix("oa", OA)
            .setNsPrefix("mls", MLS)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("schema", SCHEMA)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("rdf", RDF.uri)
            .setNsPrefix("rdfs", RDFS.uri)
            .setNsPrefix("owl", OWL.NS)
            .setNsPrefix("sh", SH)
            .lock();

    private CG() {}

    private static Node term(String local) {
        return iri(NS + local);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
