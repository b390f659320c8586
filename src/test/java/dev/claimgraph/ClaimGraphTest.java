package dev.claimgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimgraph.extract.ExtractionResult;
import dev.claimgraph.source.SourceException;
import dev.claimgraph.store.IngestReport;
import dev.claimgraph.store.SparqlTable;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimGraphTest {

    @TempDir
    Path dir;

    @Test
    void ingestsQueriesExportsAndValidates() {
        try (ClaimGraph graph = ClaimGraph.open(dir.resolve("db"))) {
            IngestReport report = graph.ingest(Path.of("data/summaries"));
            assertThat(report.added()).isEqualTo(8);
            assertThat(graph.ingest(Path.of("data/summaries")).skipped()).isEqualTo(8);

            SparqlTable table = graph.sparql(
                    "SELECT ?file WHERE { ?s a cg:Source ; cg:fileName ?file } ORDER BY ?file LIMIT 2");
            assertThat(table.columns()).containsExactly("file");
            assertThat(table.rows()).containsExactly(java.util.List.of("gemini-2023.txt"),
                    java.util.List.of("gemini-table-2023.md"));
            assertThat(graph.sparql("ASK { ?c a cg:ScoreClaim }").rows()).containsExactly(java.util.List.of("true"));
            assertThat(graph.sparql("CONSTRUCT { ?s a cg:Source } WHERE { ?s a cg:Source }").rows()).hasSize(8);
            assertThatThrownBy(() -> graph.sparql("SELECT WHERE")).isInstanceOf(QueryParseException.class);

            assertThat(graph.stats().documents()).isEqualTo(8);
            assertThat(graph.validate().conforms()).isTrue();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            graph.export(Lang.TURTLE, out);
            Graph parsed = RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8), Lang.TURTLE)
                    .toGraph();
            assertThat(parsed.size()).isPositive();
        }
    }

    @Test
    void extractsWithoutStoring() throws Exception {
        try (ClaimGraph graph = ClaimGraph.open(dir.resolve("db"))) {
            ExtractionResult result = graph.extract(Path.of("data/summaries/gemini-2023.txt"));
            assertThat(result.document().name()).isEqualTo("gemini-2023.txt");
            assertThat(result.claims()).isNotEmpty();
            assertThat(graph.stats().documents()).isZero();

            Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xC3, 0x28});
            assertThatThrownBy(() -> graph.extract(bad)).isInstanceOf(SourceException.class)
                    .hasMessageStartingWith("bad.txt");
        }
    }
}
