package dev.claimgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stored sources by IRI, read once per query so that claim rows need not repeat paper details. */
final class SourceCatalog {

    private final Map<String, SourceInfo> byIri;

    private SourceCatalog(Map<String, SourceInfo> byIri) {
        this.byIri = byIri;
    }

    static SourceCatalog load(SparqlRunner sparql) {
        Map<String, String[]> details = new LinkedHashMap<>();
        Map<String, List<String>> affiliations = new LinkedHashMap<>();
        for (Row row : sparql.select("q-sources", Map.of())) {
            String iri = row.text("src");
            details.putIfAbsent(iri, new String[] {row.text("fileName"), row.text("title"), row.text("date")});
            List<String> orgs = affiliations.computeIfAbsent(iri, k -> new ArrayList<>());
            String org = row.text("affiliation");
            if (org != null && !orgs.contains(org)) {
                orgs.add(org);
            }
        }
        Map<String, SourceInfo> byIri = new LinkedHashMap<>();
        details.forEach((iri, d) -> byIri.put(iri, new SourceInfo(d[0], d[1], d[2], affiliations.get(iri))));
        return new SourceCatalog(byIri);
    }

    /** The source with this IRI; an unknown one (no cg:Source triple) is named by its IRI's last segment. */
    SourceInfo get(String iri) {
        SourceInfo info = byIri.get(iri);
        return info != null ? info : new SourceInfo(iri.substring(iri.lastIndexOf('/') + 1), null, null, List.of());
    }
}
