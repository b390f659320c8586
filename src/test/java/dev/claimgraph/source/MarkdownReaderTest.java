package dev.claimgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    private static final String NOTES = """
            # Phi-2 — reading notes (2024-01-02)

            - **Title:** *Phi-2*: The Surprising Power of Small Models
            - **Authors:** Mojan Javaheripi, Sébastien Bubeck and others
            - **Affiliation(s):** Microsoft Research
            - **Date:** 2023-12-12

            ## Key takeaways

            1. Phi-2 has **2.7B** parameters and a `2048`-token context.
               It was trained on 1.4T tokens.
            2. Results:
               - MMLU: 56.7%
                 * 5-shot
               - HumanEval: 47.0%
            3. See [the blog](https://example.org/phi-2) &amp; more.

            ## Results

            | Model | MMLU | Notes \\| misc |
            |:---|---:|---|
            | Phi-2 | 56.7% | *small* |
            | Llama 2 7B | 45.3% |
            | Mistral 7B | 60.1% | big | extra |

            > Quoted: Phi-2 beats Llama 2 13B.
            """;

    private final Document doc = new MarkdownReader().read("phi2.md", NOTES);

    @Test
    void readsMetadataBullets() {
        PaperMetadata m = doc.metadata();
        assertThat(m.title()).map(MetadataField::value).contains("Phi-2 : The Surprising Power of Small Models");
        assertThat(m.authors()).extracting(MetadataField::value)
                .containsExactly("Mojan Javaheripi", "Sébastien Bubeck");
        assertThat(m.affiliations()).extracting(MetadataField::value).containsExactly("Microsoft Research");
        assertThat(m.isoDate()).isEqualTo("2023-12-12");
        MetadataField affiliation = m.affiliations().get(0);
        assertThat(NOTES.substring(affiliation.start(), affiliation.end())).isEqualTo("Microsoft Research");
    }

    @Test
    void masksInlineMarkupWithSpaces() {
        Block first = doc.blocks().stream().filter(b -> b.segment().plain().startsWith("Phi-2 has"))
                .findFirst().orElseThrow();
        assertThat(first.segment().text()).startsWith("Phi-2 has   2.7B   parameters and a  2048 -token context.");
        assertThat(first.segment().text()).contains("\n   It was trained");
        Block link = doc.blocks().stream().filter(b -> b.segment().plain().startsWith("See"))
                .findFirst().orElseThrow();
        assertThat(link.segment().plain()).isEqualTo("See the blog & more.");
        assertThat(link.segment().text()).contains("&     more");
        Block meta = doc.blocks().get(1);
        assertThat(meta.segment().text()).startsWith("  Title:    Phi-2 : The");
        Invariants.check(doc);
    }

    @Test
    void nestsListsAndNamesSections() {
        List<Block> blocks = doc.blocks();
        int results = indexOf("Results:");
        assertThat(blocks.get(indexOf("MMLU: 56.7%")).parent()).isEqualTo(results);
        assertThat(blocks.get(indexOf("5-shot")).parent()).isEqualTo(indexOf("MMLU: 56.7%"));
        assertThat(blocks.get(indexOf("HumanEval: 47.0%")).parent()).isEqualTo(results);
        assertThat(blocks.get(results).parent()).isEqualTo(-1);
        assertThat(blocks.get(results).section()).isEqualTo("Key takeaways");
        assertThat(blocks.get(0).kind()).isEqualTo(BlockKind.HEADING);
        Block quote = blocks.get(blocks.size() - 1);
        assertThat(quote.kind()).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(quote.segment().text()).isEqualTo("Quoted: Phi-2 beats Llama 2 13B.");
        assertThat(quote.section()).isEqualTo("Results");
    }

    @Test
    void readsPipeTablesWithRaggedRowsAndEscapedPipes() {
        assertThat(doc.tables()).hasSize(1);
        Table table = doc.tables().get(0);
        assertThat(table.section()).isEqualTo("Results");
        assertThat(table.rows()).hasSize(4);
        assertThat(table.rows().get(0)).extracting(TableCell::plain).containsExactly("Model", "MMLU", "Notes | misc");
        assertThat(table.rows().get(0)).allMatch(TableCell::header);
        assertThat(table.rows().get(1)).extracting(TableCell::plain).containsExactly("Phi-2", "56.7%", "small");
        assertThat(table.rows().get(1)).noneMatch(TableCell::header);
        assertThat(table.rows().get(2)).extracting(TableCell::plain).containsExactly("Llama 2 7B", "45.3%");
        assertThat(table.rows().get(3)).hasSize(4);
        TableCell score = table.rows().get(1).get(1);
        assertThat(NOTES.substring(score.segment().start(), score.segment().end())).isEqualTo("56.7%");
        assertThat(NOTES.substring(table.start(), table.end())).startsWith("| Model").endsWith("| extra |");
    }

    @Test
    void titleFallsBackToTheFirstHeading() {
        Document d = new MarkdownReader().read("n.md", "# Orca 2 - reading notes\n\nSome text.\n");
        assertThat(d.metadata().title()).map(MetadataField::value).contains("Orca 2");
        Document colon = new MarkdownReader().read("n.md", "# Orca: results\n\nSome text.\n");
        assertThat(colon.metadata().title()).map(MetadataField::value).contains("Orca");
    }

    @Test
    void readsSourceLineAndHtmlTable() {
        String text = """
                # Claude: benchmark table (from the model card)

                Source: _Model Card and Evaluations for Claude Models_, Anthropic, July 2023.

                <table class="results">
                  <thead>
                    <tr><th align="left">Benchmark</th><th>Claude 2</th><th>Claude 1.3</th></tr>
                  </thead>
                  <tbody>
                    <tr><td>MMLU</td><td>78.5%<br/><small>5-shot</small></td><td>77.0%</td></tr>
                    <tr><td><b>GSM8K</b></td><td>88.0%<sup>&dagger;</sup></td></tr>
                  </tbody>
                </table>

                After the table.
                """;
        Document d = new MarkdownReader().read("claude.md", text);
        PaperMetadata m = d.metadata();
        assertThat(m.title()).map(MetadataField::value).contains("Model Card and Evaluations for Claude Models");
        assertThat(m.affiliations()).extracting(MetadataField::value).containsExactly("Anthropic");
        assertThat(m.isoDate()).isEqualTo("2023-07");
        assertThat(d.tables()).hasSize(1);
        Table t = d.tables().get(0);
        assertThat(t.section()).isEqualTo("Claude: benchmark table (from the model card)");
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(0)).allMatch(TableCell::header).extracting(TableCell::plain)
                .containsExactly("Benchmark", "Claude 2", "Claude 1.3");
        assertThat(t.rows().get(1)).extracting(TableCell::plain).containsExactly("MMLU", "78.5% 5-shot", "77.0%");
        assertThat(t.rows().get(1)).noneMatch(TableCell::header);
        assertThat(t.rows().get(2)).extracting(TableCell::plain).containsExactly("GSM8K", "88.0% †");
        assertThat(text.substring(t.start(), t.end())).startsWith("<table").endsWith("</table>");
        assertThat(d.blocks()).extracting(b -> b.segment().plain()).doesNotContain("MMLU").contains("After the table.");
        Invariants.check(d);
    }

    @Test
    void htmlTableWithoutHeaderCellsUsesTheFirstRow() {
        String text = "<TABLE><TR><TD>Model</TD><TD>Score</TD></TR>\n<tr><td>A</td><td>1 &lt; 2</td></tr></TABLE>\n";
        Document d = new MarkdownReader().read("t.md", text);
        Table t = d.tables().get(0);
        assertThat(t.rows().get(0)).allMatch(TableCell::header);
        assertThat(t.rows().get(1)).noneMatch(TableCell::header).extracting(TableCell::plain)
                .containsExactly("A", "1 < 2");
        assertThat(t.rows().get(1).get(1).segment().text()).isEqualTo("1 <    2");
        Invariants.check(d);
    }

    @Test
    void unclosedHtmlTableEndsAtABlankLine() {
        String text = "<table>\n<tr><th>A</th><th>B</th>\n<tr><td>1<td>2\n\nText after.\n";
        Document d = new MarkdownReader().read("t.md", text);
        assertThat(d.tables()).hasSize(1);
        assertThat(d.tables().get(0).rows()).hasSize(2);
        assertThat(d.tables().get(0).rows().get(1)).extracting(TableCell::plain).containsExactly("1", "2");
        assertThat(d.blocks()).extracting(b -> b.segment().plain()).containsExactly("Text after.");
        Invariants.check(d);
    }

    private int indexOf(String plain) {
        for (int i = 0; i < doc.blocks().size(); i++) {
            if (doc.blocks().get(i).segment().plain().equals(plain)) {
                return i;
            }
        }
        throw new AssertionError("no block " + plain);
    }
}
