package dev.claimgraph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonSummaryReaderTest {

    private static final String SUMMARY = """
            {
              "paper": {
                "Paper_Title": "Caf\\u00e9 Models: \\"Small\\" LMs",
                "authorList": [{"name": "Ana Ruiz"}, {"name": "Li Wei", "affiliation": "Some University"}],
                "Organizations": "Cafe AI; Some University"
              },
              "publication_date": "Sep 3rd, 2023",
              "keyTakeaways": ["First line\\nsecond line", ["nested point"], "Scores 71.2% on MMLU."],
              "abstract": "We study caf\\u00e9 models.",
              "limitations": "Costly.",
              "results": [
                {"model": "Cafe-7B", "benchmark": "MMLU", "score": 71.2, "setting": "5-shot"},
                {"model": "Cafe-1B", "benchmark": "MMLU", "score": 50, "notes": "tiny"}
              ],
              "extra": null
            }
            """;

    private final Document doc = read(SUMMARY);

    private static Document read(String text) {
        try {
            return new JsonSummaryReader().read("cafe.json", text);
        } catch (SourceException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsMetadataFromKeysInAnyCase() {
        PaperMetadata m = doc.metadata();
        assertThat(m.title()).map(MetadataField::value).contains("Café Models: \" Small\" LMs");
        assertThat(m.authors()).extracting(MetadataField::value).containsExactly("Ana Ruiz", "Li Wei");
        assertThat(m.affiliations()).extracting(MetadataField::value)
                .containsExactly("Some University", "Cafe AI", "Some University");
        assertThat(m.isoDate()).isEqualTo("2023-09-03");
        MetadataField date = m.date().orElseThrow();
        assertThat(SUMMARY.substring(date.start(), date.end())).isEqualTo("Sep 3rd, 2023");
    }

    @Test
    void masksEscapesKeepingOffsets() {
        MetadataField title = doc.metadata().title().orElseThrow();
        assertThat(SUMMARY.substring(title.start(), title.end())).isEqualTo("Caf\\u00e9 Models: \\\"Small\\\" LMs");
        Block first = doc.blocks().get(0);
        assertThat(first.segment().text()).isEqualTo("First line  second line");
        Block abstractBlock = doc.blocks().stream().filter(b -> b.section().equals("abstract")).findFirst().orElseThrow();
        assertThat(abstractBlock.segment().text()).isEqualTo("We study café      models.");
        Invariants.check(doc);
    }

    @Test
    void turnsTakeawaysIntoItemsAndOtherTextIntoParagraphs() {
        List<Block> blocks = doc.blocks();
        assertThat(blocks).extracting(Block::kind, Block::section, Block::parent).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BlockKind.LIST_ITEM, "keyTakeaways", -1),
                org.assertj.core.groups.Tuple.tuple(BlockKind.LIST_ITEM, "keyTakeaways", 0),
                org.assertj.core.groups.Tuple.tuple(BlockKind.LIST_ITEM, "keyTakeaways", -1),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "abstract", -1),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "limitations", -1));
    }

    @Test
    void turnsResultListsIntoTables() {
        assertThat(doc.tables()).hasSize(1);
        Table t = doc.tables().get(0);
        assertThat(t.section()).isEqualTo("results");
        assertThat(t.rows().get(0)).allMatch(TableCell::header).extracting(TableCell::plain)
                .containsExactly("model", "benchmark", "score", "setting", "notes");
        assertThat(t.rows().get(1)).extracting(TableCell::plain).containsExactly("Cafe-7B", "MMLU", "71.2", "5-shot", "");
        assertThat(t.rows().get(2)).extracting(TableCell::plain).containsExactly("Cafe-1B", "MMLU", "50", "", "tiny");
        Segment key = t.rows().get(0).get(0).segment();
        assertThat(SUMMARY.substring(key.start(), key.end())).isEqualTo("model");
        Segment score = t.rows().get(1).get(2).segment();
        assertThat(SUMMARY.substring(score.start(), score.end())).isEqualTo("71.2");
        assertThat(SUMMARY.substring(t.start(), t.end())).startsWith("[").endsWith("]");
    }

    @Test
    void takeawaysAsOneStringAreAParagraph() {
        Document d = read("{\"summary\": \"One claim.\", \"authors\": \"A. Person and B. Person, et al.\", \"year\": 2021}");
        assertThat(d.blocks()).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH);
        assertThat(d.metadata().authors()).extracting(MetadataField::value).containsExactly("A. Person", "B. Person");
        assertThat(d.metadata().isoDate()).isEqualTo("2021");
    }

    @Test
    void deepNestingIsRefusedAsMalformedNotACrash() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> new JsonSummaryReader().read("deep.json", deep))
                .isInstanceOf(SourceException.class).hasMessageStartingWith("deep.json: ");
        Document ok = read("{\"a\": " + "[".repeat(200) + "\"x\"" + "]".repeat(200) + "}");
        assertThat(ok.blocks()).hasSize(1);
    }

    @Test
    void malformedJsonNamesFileAndLine() {
        assertThatThrownBy(() -> new JsonSummaryReader().read("bad.json", "{\n  \"title\": \"x\",\n  \"date\" 2023\n}"))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("bad.json: line 3: malformed JSON")
                .satisfies(e -> assertThat(((SourceException) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> new JsonSummaryReader().read("cut.json", "{\n  \"title\": [\"x\""))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("cut.json: line 2");
    }
}
