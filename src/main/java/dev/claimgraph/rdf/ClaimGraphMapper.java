package dev.claimgraph.rdf;

import dev.claimgraph.extract.Claim;
import dev.claimgraph.extract.ComparisonClaim;
import dev.claimgraph.extract.ContextLengthClaim;
import dev.claimgraph.extract.DeveloperClaim;
import dev.claimgraph.extract.ExtractionResult;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.extract.ModelRef;
import dev.claimgraph.extract.OrganisationBasis;
import dev.claimgraph.extract.PaperInfo;
import dev.claimgraph.extract.ParameterClaim;
import dev.claimgraph.extract.Relation;
import dev.claimgraph.extract.ScoreClaim;
import dev.claimgraph.extract.ScoreUnit;
import dev.claimgraph.extract.Setting;
import dev.claimgraph.extract.Span;
import dev.claimgraph.source.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Maps one summary's extraction result to the RDF graph stored for it, and the lexicon to the
 * reference graph; the same input always gives the same triples.
 */
public final class ClaimGraphMapper {

    private final Lexicon lexicon;
    private final IriMinter iris;

    public ClaimGraphMapper(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.iris = new IriMinter(lexicon);
    }

    public IriMinter iris() {
        return iris;
    }

    /** The graph of one summary, with the content hash computed from the document's text. */
    public Graph map(ExtractionResult result, String extractorVersion) {
        return map(result, Hashes.sha256(result.document().text()), extractorVersion);
    }

    /** The graph of one summary: its source, paper, run, claims and what the claims mention. */
    public Graph map(ExtractionResult result, String contentHash, String extractorVersion) {
        return new DocumentMapping(result, contentHash, extractorVersion).build();
    }

    /** The reference graph: the lexicon's organisations, families, models and benchmarks. */
    public Graph reference() {
        Graph g = newGraph();
        for (Lexicon.Organisation o : lexicon.organisations()) {
            Node org = iris.organisation(o.name());
            add(g, org, CG.RDF_TYPE, CG.Organisation);
            add(g, org, CG.RDFS_LABEL, Literals.string(o.name()));
            altLabels(g, org, o.name(), o.aliases());
        }
        for (Lexicon.Family f : lexicon.families()) {
            Node family = iris.family(f.name());
            add(g, family, CG.RDF_TYPE, CG.ModelFamily);
            add(g, family, CG.RDFS_LABEL, Literals.string(f.name()));
            altLabels(g, family, f.name(), f.aliases());
            developer(g, family, f.organisation());
        }
        for (Lexicon.KnownModel m : lexicon.models()) {
            Node model = iris.model(m.name());
            add(g, model, CG.RDF_TYPE, CG.Model);
            add(g, model, CG.RDFS_LABEL, Literals.string(m.name()));
            altLabels(g, model, m.name(), m.aliases());
            if (m.family() != null) {
                Node family = iris.family(m.family());
                add(g, model, CG.family, family);
                add(g, family, CG.RDF_TYPE, CG.ModelFamily);
                add(g, family, CG.RDFS_LABEL, Literals.string(iris.familyName(m.family())));
            }
            developer(g, model, m.organisation());
        }
        for (Lexicon.Benchmark b : lexicon.benchmarks()) {
            Node benchmark = iris.benchmark(b.name());
            add(g, benchmark, CG.RDF_TYPE, CG.Benchmark);
            add(g, benchmark, CG.RDFS_LABEL, Literals.string(b.name()));
            altLabels(g, benchmark, b.name(), b.aliases());
            add(g, benchmark, CG.higherIsBetter, Literals.bool(b.higherIsBetter()));
            add(g, benchmark, CG.defaultMetric, Literals.string(b.metric()));
        }
        return g;
    }

    private void developer(Graph g, Node subject, String organisation) {
        if (organisation != null && !organisation.isBlank()) {
            Node org = iris.organisation(organisation);
            add(g, subject, CG.developer, org);
            add(g, org, CG.RDF_TYPE, CG.Organisation);
            add(g, org, CG.RDFS_LABEL, Literals.string(iris.organisationName(organisation)));
        }
    }

    private static void altLabels(Graph g, Node subject, String label, List<String> names) {
        for (String name : names) {
            if (name != null && !name.equals(label)) {
                add(g, subject, CG.SKOS_ALT_LABEL, Literals.string(name));
            }
        }
    }

    static Graph newGraph() {
        Graph g = GraphMemFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(CG.PREFIXES);
        return g;
    }

    static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    /** The state of mapping one document: what its claims mention, gathered as they are written. */
    private final class DocumentMapping {

        private final ExtractionResult result;
        private final String contentHash;
        private final String extractorVersion;
        private final Document document;
        private final Graph g = newGraph();
        private final Node source;
        private final Node run;
        private final Map<String, Set<String>> models = new LinkedHashMap<>();
        private final Map<String, String> modelFamilies = new LinkedHashMap<>();
        private final Set<String> benchmarks = new LinkedHashSet<>();
        private final Set<Setting> settings = new LinkedHashSet<>();
        private final Set<String> organisations = new LinkedHashSet<>();

        DocumentMapping(ExtractionResult result, String contentHash, String extractorVersion) {
            this.result = result;
            this.contentHash = contentHash;
            this.extractorVersion = extractorVersion;
            this.document = result.document();
            this.source = IriMinter.source(document.name());
            this.run = iris.run(document.name(), contentHash, extractorVersion);
        }

        Graph build() {
            for (ModelRef ref : result.models()) {
                Set<String> forms = models.computeIfAbsent(ref.name(), k -> new LinkedHashSet<>());
                forms.addAll(ref.surfaceForms());
                if (ref.family() != null && !ref.family().isBlank()) {
                    modelFamilies.putIfAbsent(ref.name(), ref.family());
                }
            }
            describeSource();
            claims();
            describeMentions();
            return g;
        }

        private void describeSource() {
            Node paper = describePaper();
            add(g, source, CG.RDF_TYPE, CG.Source);
            add(g, source, CG.fileName, Literals.string(document.name()));
            add(g, source, CG.format, Literals.string(document.format().name().toLowerCase(Locale.ROOT)));
            add(g, source, CG.contentHash, Literals.string(contentHash));
            add(g, source, CG.extractorVersion, Literals.string(extractorVersion));
            add(g, source, CG.describes, paper);
            add(g, run, CG.RDF_TYPE, CG.ExtractionRun);
            add(g, run, CG.PROV_used, source);
            add(g, run, CG.extractorVersion, Literals.string(extractorVersion));
        }

        private Node describePaper() {
            PaperInfo info = result.paper();
            String title = info == null ? null : info.title();
            Node paper = iris.paper(title, document.name());
            add(g, paper, CG.RDF_TYPE, CG.Paper);
            if (info == null) {
                return paper;
            }
            if (title != null && !title.isBlank()) {
                add(g, paper, CG.DCT_TITLE, Literals.string(title));
            }
            Node date = Literals.isoDate(info.date());
            if (date != null) {
                add(g, paper, CG.DCT_DATE, date);
            }
            for (String author : info.authors()) {
                add(g, paper, CG.DCT_CREATOR, Literals.string(author));
            }
            for (String org : info.organisations()) {
                add(g, paper, CG.affiliation, organisation(org));
            }
            return paper;
        }

        /** Claims that mint the same IRI are one claim stated several times: evidence is merged. */
        private void claims() {
            Map<Node, List<Claim>> byIri = new LinkedHashMap<>();
            for (Claim claim : result.claims()) {
                byIri.computeIfAbsent(claimIri(claim), k -> new ArrayList<>()).add(claim);
            }
            byIri.forEach(this::claim);
        }

        private Node claimIri(Claim claim) {
            String name = document.name();
            if (claim instanceof ScoreClaim c) {
                return iris.claim(name, c);
            } else if (claim instanceof ParameterClaim c) {
                return iris.claim(name, c);
            } else if (claim instanceof ContextLengthClaim c) {
                return iris.claim(name, c);
            } else if (claim instanceof DeveloperClaim c) {
                return iris.claim(name, c);
            }
            return iris.claim(name, (ComparisonClaim) claim);
        }

        private void claim(Node iri, List<Claim> same) {
            Claim first = same.get(0);
            double confidence = same.stream().mapToDouble(Claim::confidence).max().orElseThrow();
            Set<Span> spans = new LinkedHashSet<>();
            same.forEach(c -> spans.addAll(c.evidence()));

            add(g, iri, CG.statedIn, source);
            add(g, iri, CG.model, model(first.model()));
            add(g, iri, CG.firstParty, Literals.bool(first.firstParty()));
            add(g, iri, CG.confidence, Literals.decimal(confidence));
            add(g, iri, CG.PROV_wasGeneratedBy, run);
            int i = 0;
            for (Span span : spans) {
                evidence(IriMinter.evidence(iri, i++), span, iri);
            }
            if (first instanceof ScoreClaim c) {
                score(iri, c);
            } else if (first instanceof ParameterClaim c) {
                parameters(iri, c);
            } else if (first instanceof ContextLengthClaim c) {
                contextLength(iri, c);
            } else if (first instanceof DeveloperClaim c) {
                developer(iri, c);
            } else {
                comparison(iri, (ComparisonClaim) first);
            }
        }

        private void evidence(Node selector, Span span, Node claim) {
            add(g, claim, CG.evidence, selector);
            add(g, selector, CG.RDF_TYPE, CG.OA_TextPositionSelector);
            add(g, selector, CG.RDF_TYPE, CG.OA_TextQuoteSelector);
            add(g, selector, CG.OA_start, Literals.nonNegativeInteger(span.start()));
            add(g, selector, CG.OA_end, Literals.nonNegativeInteger(span.end()));
            add(g, selector, CG.OA_exact, Literals.string(span.text()));
        }

        private void score(Node iri, ScoreClaim c) {
            add(g, iri, CG.RDF_TYPE, CG.ScoreClaim);
            add(g, iri, CG.benchmark, benchmark(c.benchmark()));
            add(g, iri, CG.setting, setting(c.setting()));
            add(g, iri, CG.score, Literals.decimal(c.score()));
            add(g, iri, CG.scoreText, Literals.string(c.scoreText()));
            add(g, iri, CG.unit, unit(c.unit()));
            add(g, iri, CG.metric, Literals.string(c.metric()));
        }

        private void parameters(Node iri, ParameterClaim c) {
            add(g, iri, CG.RDF_TYPE, CG.ParameterClaim);
            add(g, iri, CG.parameterCount, Literals.xsdLong(c.parameters()));
            if (c.activeParameters() != null) {
                add(g, iri, CG.activeParameterCount, Literals.xsdLong(c.activeParameters()));
            }
            add(g, iri, CG.quantityText, Literals.string(c.quantityText()));
        }

        private void contextLength(Node iri, ContextLengthClaim c) {
            add(g, iri, CG.RDF_TYPE, CG.ContextLengthClaim);
            add(g, iri, CG.contextLength, Literals.xsdLong(c.tokens()));
            add(g, iri, CG.quantityText, Literals.string(c.quantityText()));
        }

        private void developer(Node iri, DeveloperClaim c) {
            add(g, iri, CG.RDF_TYPE, CG.DeveloperClaim);
            add(g, iri, CG.organisation, organisation(c.organisation()));
            add(g, iri, CG.basis, c.basis() == OrganisationBasis.STATED ? CG.StatedInText : CG.FromLexicon);
        }

        private void comparison(Node iri, ComparisonClaim c) {
            add(g, iri, CG.RDF_TYPE, CG.ComparisonClaim);
            add(g, iri, CG.relation, c.relation() == Relation.BETTER ? CG.Better : CG.Similar);
            add(g, iri, CG.object, model(c.object()));
            if (c.benchmark() != null && !c.benchmark().isBlank()) {
                add(g, iri, CG.benchmark, benchmark(c.benchmark()));
            }
            Setting subjectSide = c.setting() == null ? Setting.NONE : c.setting();
            Setting objectSide = c.objectSetting() == null ? subjectSide : c.objectSetting();
            if (!subjectSide.isEmpty()) {
                add(g, iri, CG.setting, setting(subjectSide));
            }
            if (!objectSide.equals(subjectSide)) {
                add(g, iri, CG.objectSetting, setting(objectSide));
            }
        }

        private Node unit(ScoreUnit unit) {
            return switch (unit) {
                case PERCENT -> CG.Percent;
                case FRACTION -> CG.Fraction;
                case POINTS -> CG.Points;
            };
        }

        private Node model(String name) {
            models.computeIfAbsent(name, k -> new LinkedHashSet<>());
            return iris.model(name);
        }

        private Node benchmark(String name) {
            benchmarks.add(iris.benchmarkName(name));
            return iris.benchmark(name);
        }

        private Node setting(Setting setting) {
            settings.add(setting);
            return iris.setting(setting);
        }

        private Node organisation(String name) {
            organisations.add(iris.organisationName(name));
            return iris.organisation(name);
        }

        private void describeMentions() {
            models.forEach((name, forms) -> {
                Node model = iris.model(name);
                add(g, model, CG.RDF_TYPE, CG.Model);
                add(g, model, CG.RDFS_LABEL, Literals.string(name));
                altLabels(g, model, name, List.copyOf(forms));
                String family = modelFamilies.get(name);
                if (family != null) {
                    Node familyIri = iris.family(family);
                    add(g, model, CG.family, familyIri);
                    add(g, familyIri, CG.RDF_TYPE, CG.ModelFamily);
                    add(g, familyIri, CG.RDFS_LABEL, Literals.string(iris.familyName(family)));
                }
            });
            for (String name : benchmarks) {
                Node benchmark = iris.benchmark(name);
                Optional<Lexicon.Benchmark> known = lexicon.benchmark(name);
                add(g, benchmark, CG.RDF_TYPE, CG.Benchmark);
                add(g, benchmark, CG.RDFS_LABEL, Literals.string(name));
                add(g, benchmark, CG.higherIsBetter,
                        Literals.bool(known.map(Lexicon.Benchmark::higherIsBetter).orElse(true)));
                add(g, benchmark, CG.defaultMetric,
                        Literals.string(known.map(Lexicon.Benchmark::metric).orElse("accuracy")));
            }
            for (Setting setting : settings) {
                describeSetting(setting);
            }
            for (String name : organisations) {
                Node org = iris.organisation(name);
                add(g, org, CG.RDF_TYPE, CG.Organisation);
                add(g, org, CG.RDFS_LABEL, Literals.string(name));
            }
        }

        private void describeSetting(Setting setting) {
            Node iri = iris.setting(setting);
            add(g, iri, CG.RDF_TYPE, CG.EvaluationSetting);
            add(g, iri, CG.RDFS_LABEL, Literals.string(setting.isEmpty() ? "unspecified" : setting.label()));
            if (setting.shots() != null) {
                add(g, iri, CG.shots, Literals.integer(setting.shots()));
            }
            if (setting.fewShot()) {
                add(g, iri, CG.fewShot, Literals.bool(true));
            }
            if (setting.chainOfThought()) {
                add(g, iri, CG.chainOfThought, Literals.bool(true));
            }
            if (setting.samples() != null) {
                add(g, iri, CG.samples, Literals.integer(setting.samples()));
            }
            if (setting.passAt() != null) {
                add(g, iri, CG.passAt, Literals.integer(setting.passAt()));
            }
        }
    }
}
