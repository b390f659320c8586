package dev.claimgraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.extract.ExtractionResult;
import dev.claimgraph.extract.Setting;
import dev.claimgraph.query.ClaimQueries;
import dev.claimgraph.query.Conflict;
import dev.claimgraph.query.LeaderboardRow;
import dev.claimgraph.store.IngestReport;
import dev.claimgraph.store.SparqlTable;
import dev.claimgraph.store.StoreStats;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java example of README.md, compiled and run; the README must show exactly this code. */
class ReadmeExampleTest {

    @TempDir
    Path dir;

    static void example(Path db) throws Exception {
        // README example begin
        try (ClaimGraph graph = ClaimGraph.open(db)) {
            IngestReport report = graph.ingest(Path.of("data/summaries"));
            System.out.println(report.added() + " added, " + report.skipped() + " skipped, "
                    + report.failed() + " failed");

            SparqlTable mmlu = graph.sparql("""
                    SELECT ?model ?score ?file WHERE {
                      ?claim a cg:ScoreClaim ;
                             cg:model/rdfs:label ?model ;
                             cg:benchmark/rdfs:label "MMLU" ;
                             cg:setting/rdfs:label "5-shot" ;
                             cg:score ?score ;
                             cg:statedIn/cg:fileName ?file .
                    }
                    ORDER BY DESC(?score) ?file
                    LIMIT 3
                    """);
            for (List<String> row : mmlu.rows()) {
                System.out.println(String.join("  ", row));
            }

            try (ClaimQueries queries = graph.queries()) {
                for (LeaderboardRow row : queries.leaderboard("MMLU", Setting.parse("5-shot"))) {
                    System.out.println(row.rank() + ". " + row.model() + " " + row.score() + ", sources: " + row.sourceCount());
                }
                for (Conflict c : queries.conflicts()) {
                    System.out.println(c.model() + " on " + c.benchmark() + " (" + c.setting() + "): "
                            + c.lowScore() + " vs " + c.highScore());
                }
            }

            ExtractionResult gemini = graph.extract(Path.of("data/summaries/gemini-2023.txt"));
            System.out.println(gemini.claims().size() + " claims in " + gemini.document().name());

            StoreStats stats = graph.stats();
            System.out.println(stats.documents() + " documents, " + stats.claims() + " claims");

            try (OutputStream out = Files.newOutputStream(db.resolveSibling("claims.ttl"))) {
                graph.export(Lang.TURTLE, out);
            }
        }
        // README example end
    }

    @Test
    void theExampleRuns() throws Exception {
        example(dir.resolve("claimgraph-db"));
        assertThat(RDFParser.source(dir.resolve("claims.ttl")).lang(Lang.TURTLE).toGraph().size()).isPositive();
    }

    @Test
    void theReadmeShowsTheSameCode() throws Exception {
        List<String> source = Files.readAllLines(Path.of("src/test/java/dev/claimgraph/ReadmeExampleTest.java"));
        int begin = source.indexOf("        // README example begin");
        int end = source.indexOf("        // README example end");
        String example = source.subList(begin + 1, end).stream()
                .map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n"));
        assertThat(Files.readString(Path.of("README.md"))).contains(example);
    }
}
