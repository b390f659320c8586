package dev.claimgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SegmentInvariantProperties {

    private static final List<String> FRAGMENTS = List.of(
            "Paper Title", "Authors", "Affiliations", "Date", "Key Takeaways", "Abstract", "作者", "要点",
            "# Heading", "## Results", "- **Paper:** X", "**Authors:** A, B and C", "Source: *T*, Team, Google, May 2023.",
            "  1. Item text.", "     - child", "  • bullet", "* star item", "1. Introduction", "| a | b |",
            "|---|---|", "| 1 \\| 2 | 3", "<table>", "<tr><th>A</th><td>1&amp;2<br><small>x</small></td></tr>",
            "</table>", "&lt;&#233;&#x1F600;", "`code` and _em_ and ~~gone~~", "[link](http://x.y/(z))",
            "![img](a.png)", "> quote", "```", "Dec 8th, 2023", "2023年7月18日", "plain sentence, with comma.",
            "", "", "\t", "***", "<!-- c -->", "\\*not em\\*", "**unclosed", "_a_b_", "Title: Inline");

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().withChars("ab *_|<>&;#[]()`\\-:1.\t\u00e9").ofMaxLength(30));
        Arbitrary<String> separator = Arbitraries.of("\n", "\r\n", "\n\n", " ", "");
        return Arbitraries.oneOf(line, line.list().ofMaxSize(3).map(l -> String.join(" ", l)))
                .list().ofMaxSize(25)
                .flatMap(lines -> separator.map(sep -> "x" + sep + String.join(sep, lines)));
    }

    @Property(tries = 300)
    void notesSegmentsHaveTheLengthOfTheirText(@ForAll("documents") String text) {
        Document doc = new NotesReader().read("p.txt", text);
        Invariants.check(doc);
        for (Segment s : Invariants.segments(doc)) {
            assertThat(Invariants.region(doc, s)).isEqualTo(s.text());
        }
    }

    @Property(tries = 300)
    void markdownSegmentsHaveTheLengthOfTheirText(@ForAll("documents") String text) {
        Document doc = new MarkdownReader().read("p.md", text);
        Invariants.check(doc);
        for (Segment s : Invariants.segments(doc)) {
            String region = Invariants.region(doc, s);
            for (int i = 0; i < region.length(); i++) {
                char shown = s.text().charAt(i);
                // A masked character is a space, a kept one is itself, and a reference shows its character.
                assertThat(shown == ' ' || shown == region.charAt(i) || region.charAt(i) == '&'
                        || (i > 0 && region.charAt(i - 1) == '&') || Character.isSurrogate(shown)).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<String> jsonStrings() {
        return Arbitraries.strings().withChars("ab \"\\/\n\t\u00e9\u4e2d\uD83D\uDE00").ofMaxLength(20);
    }

    @Property(tries = 300)
    void jsonSegmentsHaveTheLengthOfTheirText(@ForAll("jsonStrings") String a, @ForAll("jsonStrings") String b)
            throws SourceException {
        String text = "{\"title\": " + quote(a) + ", \"notes\": [" + quote(b) + ", " + quote(a + b)
                + "], \"rows\": [{\"model\": " + quote(b) + ", \"score\": -1.5e3}]}";
        Document doc = new JsonSummaryReader().read("p.json", text);
        Invariants.check(doc);
        String visible = b.replace(" ", "").replace("\n", "").replace("\t", "");
        if (!visible.isEmpty()) {
            assertThat(doc.blocks().get(0).segment().text().replace(" ", "")).isEqualTo(visible);
        }
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\u4e2d' -> out.append("\\u4e2d");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
