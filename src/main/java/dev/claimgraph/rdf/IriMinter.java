package dev.claimgraph.rdf;

import dev.claimgraph.extract.ComparisonClaim;
import dev.claimgraph.extract.ContextLengthClaim;
import dev.claimgraph.extract.DeveloperClaim;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.extract.ParameterClaim;
import dev.claimgraph.extract.ScoreClaim;
import dev.claimgraph.extract.Setting;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints the IRIs of models, benchmarks, organisations, families, settings, sources, papers,
 * claims and extraction runs from their names, so that any input string gives a valid IRI.
 */
public final class IriMinter {

    /** Longest slug kept before a hash is appended instead of the rest. */
    static final int MAX_SLUG = 120;
    private static final int NAME_HASH = 8;
    private static final int CLAIM_HASH = 24;

    private final Lexicon lexicon;

    /** A minter that canonicalises benchmark, organisation and family names through the lexicon. */
    public IriMinter(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Node model(String name) {
        return id("model/", slug(name));
    }

    public Node benchmark(String name) {
        return id("benchmark/", slug(benchmarkName(name)));
    }

    public Node organisation(String name) {
        return id("org/", slug(organisationName(name)));
    }

    public Node family(String name) {
        return id("family/", slug(familyName(name)));
    }

    /** The setting's IRI; settings do not go through the lexicon, so this needs no instance. */
    public static Node setting(Setting setting) {
        return id("setting/", setting.slug());
    }

    /** The source IRI, which also names the source's graph in the store. */
    public static Node source(String fileName) {
        return id("source/", slug(fileName));
    }

    /** The paper, by its title, or by the summary's file name when the title is unknown. */
    public Node paper(String title, String fileName) {
        return id("paper/", slug(title != null && !title.isBlank() ? title : fileName));
    }

    /** The run that extracted one source's content with one extractor version. */
    public Node run(String sourceName, String contentHash, String extractorVersion) {
        return id("run/", Hashes.sha256Fields(sourceName, contentHash, extractorVersion).substring(0, CLAIM_HASH));
    }

    public Node claim(String sourceName, ScoreClaim c) {
        return claim(sourceName, "score", c.model(), benchmarkName(c.benchmark()), c.setting().slug(),
                Literals.canonical(c.score()), c.scoreText(), c.unit().name(), c.metric());
    }

    public Node claim(String sourceName, ParameterClaim c) {
        return claim(sourceName, "parameters", c.model(), Long.toString(c.parameters()),
                c.activeParameters() == null ? null : c.activeParameters().toString(), c.quantityText());
    }

    public Node claim(String sourceName, ContextLengthClaim c) {
        return claim(sourceName, "context-length", c.model(), Long.toString(c.tokens()), c.quantityText());
    }

    public Node claim(String sourceName, DeveloperClaim c) {
        return claim(sourceName, "developer", c.model(), organisationName(c.organisation()), c.basis().name());
    }

    public Node claim(String sourceName, ComparisonClaim c) {
        return claim(sourceName, "comparison", c.model(), c.relation().name(), c.object(),
                c.benchmark() == null ? null : benchmarkName(c.benchmark()),
                c.setting().slug(), c.objectSetting().slug());
    }

    /** The evidence selector at index {@code i} of a claim. */
    public static Node evidence(Node claim, int i) {
        return NodeFactory.createURI(claim.getURI() + "/evidence/" + i);
    }

    /** The lexicon's name for a benchmark, or the name itself when the lexicon does not know it. */
    public String benchmarkName(String name) {
        return lexicon.benchmark(name).map(Lexicon.Benchmark::name).orElse(name);
    }

    public String organisationName(String name) {
        return lexicon.organisation(name).map(Lexicon.Organisation::name).orElse(name);
    }

    public String familyName(String name) {
        return lexicon.family(name).map(Lexicon.Family::name).orElse(name);
    }

    private static Node claim(String sourceName, String kind, String... fields) {
        String[] all = new String[fields.length + 2];
        all[0] = sourceName;
        all[1] = kind;
        System.arraycopy(fields, 0, all, 2, fields.length);
        return id("claim/", Hashes.sha256Fields(all).substring(0, CLAIM_HASH));
    }

    /** Letters, digits and marks outside ASCII tell names apart but vanish from a slug. */
    private static boolean dropsMeaning(int c) {
        if (c <= 0x7F) {
            return false;
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static Node id(String kindPath, String slug) {
        return NodeFactory.createURI(CG.ID + kindPath + slug);
    }

    /**
     * An ASCII slug of a name: NFKC, lowercase, runs of other characters as one '-'. A hash of
     * the name is appended when the slug would be empty, lose non-ASCII letters, or be cut short,
     * because then two different names could otherwise share it.
     */
    public static String slug(String name) {
        // "HumanEval+" is another benchmark than "HumanEval": the plus must survive the slug.
        String normal = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("+", "-plus");
        String slug = normal.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        boolean lossy = slug.isEmpty() || normal.codePoints().anyMatch(IriMinter::dropsMeaning);
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
            lossy = true;
        }
        if (!lossy) {
            return slug;
        }
        String hash = Hashes.sha256(name).substring(0, NAME_HASH);
        return slug.isEmpty() ? hash : slug + "-" + hash;
    }
}
