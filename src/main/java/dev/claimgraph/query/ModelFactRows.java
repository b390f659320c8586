package dev.claimgraph.query;

import dev.claimgraph.rdf.CG;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * A model's facts from the score table as rows: one per distinct statement, with the values of
 * its example claim under the names the profile reads ({@code ?organisation}, {@code ?value},
 * {@code ?subject}, ...), and its source count, first-party flag and example.
 *
 * @param developers who built the model
 * @param quantities parameter counts and context lengths ({@code ?kind} tells which)
 * @param comparisons the comparisons stated by most sources, at most the limit asked for
 */
record ModelFactRows(List<Row> developers, List<Row> quantities, List<Row> comparisons) {

    /** Where each value of an example claim goes in its row. */
    private static final Map<Node, String> VARIABLES = Map.ofEntries(
            Map.entry(CG.organisation, "organisation"), Map.entry(CG.basis, "basis"),
            Map.entry(CG.parameterCount, "value"), Map.entry(CG.contextLength, "value"),
            Map.entry(CG.activeParameterCount, "active"), Map.entry(CG.quantityText, "text"),
            Map.entry(CG.model, "subject"), Map.entry(CG.relation, "relation"), Map.entry(CG.object, "object"),
            Map.entry(CG.benchmark, "benchmark"), Map.entry(CG.setting, "setting"),
            Map.entry(CG.objectSetting, "objectSetting"));

    /**
     * The rows of the table's fact rows ({@code q-model-facts} or {@code q-model-leading-facts}),
     * with at most {@code comparisonLimit} comparisons (all when 0), those most sources state
     * first, as the table picks leading facts; example claims are read through {@code claims}.
     */
    static ModelFactRows read(SparqlRunner claims, List<Row> facts, int comparisonLimit) {
        List<Row> comparisons = new ArrayList<>();
        List<Row> others = new ArrayList<>();
        for (Row fact : facts) {
            (CG.ComparisonClaim.equals(fact.node("kind")) ? comparisons : others).add(fact);
        }
        comparisons.sort(Comparator.comparing((Row r) -> r.integer("sources")).reversed()
                .thenComparing(r -> r.text("example")));
        List<Row> chosen = new ArrayList<>(others);
        chosen.addAll(comparisons.subList(0, comparisonLimit > 0 ? Math.min(comparisonLimit, comparisons.size())
                : comparisons.size()));
        Map<Node, Map<String, Node>> values = new HashMap<>();
        if (!chosen.isEmpty()) {
            for (Row row : claims.select("q-fact-claims", "claim", chosen.stream().map(r -> r.node("example")).toList())) {
                values.computeIfAbsent(row.node("claim"), c -> new HashMap<>())
                        .put(VARIABLES.get(row.node("property")), row.node("value"));
            }
        }
        List<Row> developers = new ArrayList<>();
        List<Row> quantities = new ArrayList<>();
        List<Row> shown = new ArrayList<>();
        for (Row fact : chosen) {
            Map<String, Node> row = new HashMap<>(fact.values());
            row.putAll(values.getOrDefault(fact.node("example"), Map.of()));
            Node kind = fact.node("kind");
            if (CG.DeveloperClaim.equals(kind)) {
                developers.add(new Row(row));
            } else if (CG.ComparisonClaim.equals(kind)) {
                shown.add(new Row(row));
            } else {
                row.put("kind", NodeFactory.createLiteralString(CG.ParameterClaim.equals(kind) ? "parameters"
                        : "context length"));
                quantities.add(new Row(row));
            }
        }
        return new ModelFactRows(developers, quantities, shown);
    }
}
