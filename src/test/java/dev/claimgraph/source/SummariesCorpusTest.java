package dev.claimgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SummariesCorpusTest {

    private static final Path SUMMARIES = Path.of("data", "summaries");
    private static final Map<String, Document> DOCS = new HashMap<>();

    @BeforeAll
    static void readAll() throws IOException, SourceException {
        SourceReader reader = new SourceReader();
        List<Path> files;
        try (Stream<Path> s = Files.list(SUMMARIES)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            DOCS.put(f.getFileName().toString(), reader.read(f));
        }
    }

    @Test
    void everyDocumentKeepsOffsetsAndHasMetadata() {
        assertThat(DOCS).isNotEmpty();
        DOCS.values().forEach(doc -> {
            Invariants.check(doc);
            assertThat(doc.metadata().title()).as(doc.name()).isPresent();
            assertThat(doc.metadata().isoDate()).as(doc.name()).isNotNull();
            assertThat(doc.metadata().affiliations()).as(doc.name()).isNotEmpty();
            assertThat(doc.blocks()).as(doc.name()).isNotEmpty();
        });
    }

    @Test
    void geminiNotes() {
        Document d = DOCS.get("gemini-2023.txt");
        assertThat(d.metadata().title()).map(MetadataField::value).contains("GEMINI");
        assertThat(d.metadata().isoDate()).isEqualTo("2023-12-08");
        assertThat(values(d.metadata().affiliations())).containsExactly("Google");
        assertThat(d.blocks()).filteredOn(b -> b.kind() == BlockKind.LIST_ITEM && b.section().equals("Key Takeaways"))
                .hasSize(7);
    }

    @Test
    void chineseNotes() {
        Document d = DOCS.get("llama2-notes-zh.txt");
        assertThat(d.metadata().isoDate()).isEqualTo("2023-07-18");
        assertThat(values(d.metadata().affiliations())).containsExactly("Meta AI");
    }

    @Test
    void markdownNotes() {
        Document d = DOCS.get("mixtral-2024.md");
        assertThat(d.metadata().title()).map(MetadataField::value).contains("Mixtral of Experts");
        assertThat(d.metadata().isoDate()).isEqualTo("2024-01-08");
        assertThat(d.tables()).hasSize(1);
        assertThat(d.tables().get(0).rows()).hasSize(9);
    }

    @Test
    void markdownWithHtmlTable() {
        Document d = DOCS.get("gemini-table-2023.md");
        assertThat(d.metadata().title()).map(MetadataField::value)
                .contains("Gemini: A Family of Highly Capable Multimodal Models");
        assertThat(d.metadata().isoDate()).isEqualTo("2023-12");
        assertThat(values(d.metadata().affiliations())).containsExactly("Google");
        assertThat(d.tables()).hasSize(1);
        Table t = d.tables().get(0);
        assertThat(t.rows()).hasSize(9).allSatisfy(row -> assertThat(row).hasSize(5));
        assertThat(t.rows().get(0)).allMatch(TableCell::header);
    }

    @Test
    void jsonSummary() {
        Document d = DOCS.get("palm2-2023.json");
        assertThat(values(d.metadata().affiliations())).containsExactly("Google");
        assertThat(d.metadata().isoDate()).isEqualTo("2023-05-17");
        assertThat(d.blocks()).filteredOn(b -> b.kind() == BlockKind.LIST_ITEM).hasSize(4);
    }

    private static List<String> values(List<MetadataField> fields) {
        return fields.stream().map(MetadataField::value).toList();
    }
}
