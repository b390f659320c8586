package dev.claimgraph.store;

import dev.claimgraph.rdf.CG;
import dev.claimgraph.rdf.Literals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Node;

/** Reads the details of claims and their sources, a batch of claims per query. */
public final class ClaimDetailsReader {

    /** Claims per query: keeps a query that goes to a remote endpoint a sensible size. */
    private static final int BATCH = 2_000;

    private ClaimDetailsReader() {}

    /** The details of the claims that have a source, by claim IRI. */
    public static Map<Node, ClaimDetails> read(SparqlSelect claims, Collection<Node> claimNodes) {
        List<Node> all = new ArrayList<>(claimNodes);
        Map<Node, ClaimDetails> reports = new HashMap<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            readBatch(claims, all.subList(from, Math.min(all.size(), from + BATCH)), reports);
        }
        return reports;
    }

    private static void readBatch(SparqlSelect claims, List<Node> batch, Map<Node, ClaimDetails> reports) {
        Map<Node, List<Map<String, Node>>> byClaim = new LinkedHashMap<>();
        for (Map<String, Node> row : claims.select("q-claim-details", "claim", batch)) {
            byClaim.computeIfAbsent(row.get("claim"), c -> new ArrayList<>()).add(row);
        }
        Set<Node> sources = new LinkedHashSet<>();
        byClaim.values().forEach(rows -> sources.add(rows.get(0).get("src")));
        SourceCatalog catalog = SourceCatalog.load(claims, sources);
        byClaim.forEach((claim, rows) -> {
            Map<String, Node> row = rows.get(0);
            Node src = row.get("src");
            Node firstParty = row.get("firstParty");
            reports.put(claim, new ClaimDetails(claim, score(row),
                    lexical(row.get("scoreText")),
                    firstParty == null ? null : Literals.isTrue(firstParty),
                    src, catalog.get(src.getURI()), evidence(rows)));
        });
    }

    /** The score on the percent scale, or null. */
    private static BigDecimal score(Map<String, Node> row) {
        Node value = row.get("score");
        if (value == null) {
            return null;
        }
        BigDecimal score = new BigDecimal(value.getLiteralLexicalForm());
        return CG.Fraction.equals(row.get("unit")) ? score.movePointRight(2) : score;
    }

    /** The distinct evidence texts, each one another does not already contain. */
    private static String evidence(List<Map<String, Node>> rows) {
        // Longest first, so that a span inside another is dropped whatever order the rows came in.
        List<String> found = rows.stream().map(r -> lexical(r.get("evidence"))).filter(Objects::nonNull).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        List<String> texts = new ArrayList<>();
        for (String text : found) {
            if (texts.stream().noneMatch(t -> t.contains(text))) {
                texts.add(text);
            }
        }
        return texts.isEmpty() ? null : String.join(" … ", texts);
    }

    private static String lexical(Node node) {
        return node == null ? null : node.getLiteralLexicalForm();
    }
}
