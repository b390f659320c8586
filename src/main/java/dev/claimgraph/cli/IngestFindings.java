package dev.claimgraph.cli;

import dev.claimgraph.extract.Setting;
import dev.claimgraph.rdf.IriMinter;
import dev.claimgraph.store.ClaimStore;
import dev.claimgraph.store.QueryResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/** What a store holds worth showing after an ingest: busy models, a small leaderboard, disagreements. */
final class IngestFindings {

    /** A model and how many score claims, on how many benchmarks, are about it. */
    record TopModel(String model, long scores, long benchmarks) {}

    /** A model's score on a benchmark in a setting, as the leaderboard ranks it, and how many sources report it. */
    record Score(String model, String benchmark, String setting, String score, long sources) {}

    /** A source of the lowest and a source of the highest score for the same model, benchmark and setting. */
    record Disagreement(String model, String benchmark, String setting, String score1, String file1,
            String score2, String file2) {}

    private static final RDFNode UNSPECIFIED = ResourceFactory.createResource(IriMinter.setting(Setting.NONE).getURI());

    private final ClaimStore store;

    IngestFindings(ClaimStore store) {
        this.store = store;
    }

    List<TopModel> topModels() {
        return select("ingest-top-models", Map.of(), r -> new TopModel(text(r, "model"),
                r.getLiteral("scores").getLong(), r.getLiteral("benchmarks").getLong()));
    }

    /** The best scores on the benchmark and setting with the most models scored. */
    List<Score> leaderboard() {
        List<RDFNode[]> busiest = select("ingest-busiest-benchmark", Map.of("unspecified", UNSPECIFIED),
                r -> new RDFNode[] {r.get("benchmark"), r.get("setting")});
        if (busiest.isEmpty()) {
            return List.of();
        }
        return select("ingest-leaderboard", Map.of("benchmark", busiest.get(0)[0], "setting", busiest.get(0)[1]),
                r -> new Score(text(r, "model"), text(r, "benchmarkLabel"), text(r, "settingLabel"),
                        text(r, "score"), r.getLiteral("sources").getLong()));
    }

    List<Disagreement> disagreements() {
        return select("ingest-disagreements", Map.of("unspecified", UNSPECIFIED), r -> new Disagreement(text(r, "model"),
                text(r, "benchmark"), text(r, "setting"), text(r, "score1"), text(r, "file1"),
                text(r, "score2"), text(r, "file2")));
    }

    private <T> List<T> select(String name, Map<String, RDFNode> values,
            java.util.function.Function<QuerySolution, T> row) {
        return store.read(ds -> {
            var builder = QueryExecution.dataset(ds).query(QueryResources.load(name));
            values.forEach(builder::substitution);
            List<T> rows = new ArrayList<>();
            try (QueryExecution exec = builder.build()) {
                exec.execSelect().forEachRemaining(r -> rows.add(row.apply(r)));
            }
            return rows;
        });
    }

    private static String text(QuerySolution row, String column) {
        RDFNode node = row.get(column);
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }
}
