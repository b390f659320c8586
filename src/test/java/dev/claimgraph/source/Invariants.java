package dev.claimgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Checks that every offset a document gives points at text of the same length. */
final class Invariants {

    private Invariants() {}

    static List<Segment> segments(Document doc) {
        List<Segment> all = new ArrayList<>();
        doc.blocks().forEach(b -> all.add(b.segment()));
        doc.tables().forEach(t -> t.rows().forEach(r -> r.forEach(c -> all.add(c.segment()))));
        return all;
    }

    static void check(Document doc) {
        String text = doc.text();
        for (Segment s : segments(doc)) {
            assertThat(s.end()).as("segment %s inside text", s).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(s.start(), s.end())).hasSameSizeAs(s.text());
        }
        for (int i = 0; i < doc.blocks().size(); i++) {
            int parent = doc.blocks().get(i).parent();
            assertThat(parent).isLessThan(i).isGreaterThanOrEqualTo(-1);
            if (parent >= 0) {
                assertThat(doc.blocks().get(parent).kind()).isEqualTo(BlockKind.LIST_ITEM);
            }
        }
        for (Table t : doc.tables()) {
            assertThat(t.start()).isLessThanOrEqualTo(t.end());
            assertThat(t.end()).isLessThanOrEqualTo(text.length());
        }
        PaperMetadata m = doc.metadata();
        List<MetadataField> fields = new ArrayList<>(m.authors());
        fields.addAll(m.affiliations());
        m.title().ifPresent(fields::add);
        m.date().ifPresent(fields::add);
        for (MetadataField f : fields) {
            assertThat(f.start()).isGreaterThanOrEqualTo(0).isLessThan(f.end());
            assertThat(f.end()).isLessThanOrEqualTo(text.length());
            assertThat(f.value()).isNotBlank();
        }
    }

    /** The text a segment covers, for checking that masking left visible characters in place. */
    static String region(Document doc, Segment s) {
        return doc.text().substring(s.start(), s.end());
    }
}
