package dev.claimgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/** Stored sources by IRI, read once per query so that claim rows need not repeat paper details. */
public final class SourceCatalog {

    private final Map<String, SourceInfo> byIri;

    private SourceCatalog(Map<String, SourceInfo> byIri) {
        this.byIri = byIri;
    }

    /** The details of the given sources; others are absent, as if not stored. */
    public static SourceCatalog load(SparqlSelect sparql, Set<Node> sources) {
        if (sources.isEmpty()) {
            return new SourceCatalog(Map.of());
        }
        Map<String, String[]> details = new LinkedHashMap<>();
        List<Map<String, Node>> rows = sparql.select("q-sources", "src", sources);
        Map<Node, List<String>> labels = organisationLabels(sparql, rows);
        Map<String, List<String>> affiliations = new LinkedHashMap<>();
        for (Map<String, Node> row : rows) {
            String iri = row.get("src").getURI();
            String date = text(row.get("date"));
            String[] known = details.putIfAbsent(iri, new String[] {text(row.get("fileName")), text(row.get("title")), date});
            // A paper given two dates counts by its latest, as the score table does.
            if (known != null && date != null && (known[2] == null || date.compareTo(known[2]) > 0)) {
                known[2] = date;
            }
            List<String> names = affiliations.computeIfAbsent(iri, k -> new ArrayList<>());
            for (String org : labels.getOrDefault(row.get("org"), List.of())) {
                if (!names.contains(org)) {
                    names.add(org);
                }
            }
        }
        Map<String, SourceInfo> byIri = new LinkedHashMap<>();
        details.forEach((iri, d) -> byIri.put(iri, new SourceInfo(d[0], d[1], d[2], affiliations.get(iri))));
        return new SourceCatalog(byIri);
    }

    /** The labels of the organisations the rows name, in store order, by organisation IRI. */
    private static Map<Node, List<String>> organisationLabels(SparqlSelect sparql, List<Map<String, Node>> rows) {
        Set<Node> orgs = new LinkedHashSet<>();
        for (Map<String, Node> row : rows) {
            Node org = row.get("org");
            if (org != null) {
                orgs.add(org);
            }
        }
        Map<Node, List<String>> labels = new HashMap<>();
        if (!orgs.isEmpty()) {
            addLabels(sparql.select("q-reference-labels", "entity", orgs), labels);
            orgs.removeAll(labels.keySet());
        }
        if (!orgs.isEmpty()) {
            addLabels(sparql.select("q-document-labels", "entity", orgs), labels);
        }
        return labels;
    }

    private static void addLabels(List<Map<String, Node>> rows, Map<Node, List<String>> labels) {
        for (Map<String, Node> row : rows) {
            labels.computeIfAbsent(row.get("entity"), k -> new ArrayList<>()).add(text(row.get("label")));
        }
    }

    private static String text(Node node) {
        return node == null ? null : node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    /** The source with this IRI; an unknown one (no cg:Source triple) is named by its IRI's last segment. */
    public SourceInfo get(String iri) {
        SourceInfo info = byIri.get(iri);
        return info != null ? info : new SourceInfo(iri.substring(iri.lastIndexOf('/') + 1), null, null, List.of());
    }
}
