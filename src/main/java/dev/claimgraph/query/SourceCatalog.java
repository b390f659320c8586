package dev.claimgraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/** The stored sources by IRI, read once per query so that claim rows need not repeat paper details. */
final class SourceCatalog {

    private static final List<String> SOURCE_VARS = List.of("src", "comparisonSrc");

    private final Map<String, SourceInfo> byIri;

    private SourceCatalog(Map<String, SourceInfo> byIri) {
        this.byIri = byIri;
    }

    /** The IRIs of the sources rows cite, as {@code ?src} or {@code ?comparisonSrc}. */
    @SafeVarargs
    static Set<Node> cited(List<Row>... rowLists) {
        Set<Node> sources = new LinkedHashSet<>();
        for (List<Row> rows : rowLists) {
            for (Row row : rows) {
                for (String var : SOURCE_VARS) {
                    Node n = row.node(var);
                    if (n != null && n.isURI()) {
                        sources.add(n);
                    }
                }
            }
        }
        return sources;
    }

    /** The details of the given sources; others are absent, as if not stored. */
    static SourceCatalog load(SparqlRunner sparql, Set<Node> sources) {
        if (sources.isEmpty()) {
            return new SourceCatalog(Map.of());
        }
        Map<String, String[]> details = new LinkedHashMap<>();
        List<Row> rows = sparql.select("q-sources", "src", sources);
        Map<String, List<String>> labels = organisationLabels(sparql, rows);
        Map<String, List<String>> affiliations = new LinkedHashMap<>();
        for (Row row : rows) {
            String iri = row.text("src");
            String[] known = details.putIfAbsent(iri, new String[] {row.text("fileName"), row.text("title"), row.text("date")});
            // A paper given two dates counts by its latest, as the score table does.
            String date = row.text("date");
            if (known != null && date != null && (known[2] == null || date.compareTo(known[2]) > 0)) {
                known[2] = date;
            }
            List<String> names = affiliations.computeIfAbsent(iri, k -> new ArrayList<>());
            for (String org : labels.getOrDefault(row.text("org"), List.of())) {
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
    private static Map<String, List<String>> organisationLabels(SparqlRunner sparql, List<Row> rows) {
        Set<Node> orgs = new LinkedHashSet<>();
        for (Row row : rows) {
            Node org = row.node("org");
            if (org != null) {
                orgs.add(org);
            }
        }
        Map<String, List<String>> labels = new HashMap<>();
        if (!orgs.isEmpty()) {
            for (Row row : sparql.select("q-organisation-labels", "org", orgs)) {
                labels.computeIfAbsent(row.text("org"), k -> new ArrayList<>()).add(row.text("label"));
            }
        }
        return labels;
    }

    /** The source with this IRI; an unknown one (no cg:Source triple) is named by its IRI's last segment. */
    SourceInfo get(String iri) {
        SourceInfo info = byIri.get(iri);
        return info != null ? info : new SourceInfo(iri.substring(iri.lastIndexOf('/') + 1), null, null, List.of());
    }
}
