package dev.claimgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotesReaderTest {

    private static final String ENGLISH = """
            Skip to main content

            2024-02-02 paper notes

            Paper Title

            Falcon: A Very Open Model

            Authors

            Ann Lee, Bo Chen and Cy Dors, et al.

            Affiliations

            Tech Institute; Open Labs

            Date

            Feb 1st, 2024

            Key Takeaways

              1. Falcon 40B scores 55.4% on MMLU (5-shot),
                 well above the 7B model.

              2. Benchmarks versus others:
                 - ARC (25-shot): 61.9%
                 - HellaSwag (10-shot): 85.3%
                     • zero-shot is 82.1%

              3. Open weights.

            Abstract

            We present Falcon, a family of models.
            It is trained on web data.

            1. Introduction

            2. Results and Analysis

              · Results are strong.
            """;

    private final Document doc = new NotesReader().read("falcon.txt", ENGLISH);

    @Test
    void readsMetadataFromHeadings() {
        PaperMetadata m = doc.metadata();
        assertThat(m.title()).map(MetadataField::value).contains("Falcon: A Very Open Model");
        assertThat(m.authors()).extracting(MetadataField::value).containsExactly("Ann Lee", "Bo Chen", "Cy Dors");
        assertThat(m.affiliations()).extracting(MetadataField::value).containsExactly("Tech Institute", "Open Labs");
        assertThat(m.isoDate()).isEqualTo("2024-02-01");
        for (MetadataField f : m.authors()) {
            assertThat(ENGLISH.substring(f.start(), f.end())).isEqualTo(f.value());
        }
    }

    @Test
    void nestsItemsByIndentationAndJoinsContinuationLines() {
        List<Block> items = doc.blocks().stream().filter(b -> b.kind() == BlockKind.LIST_ITEM).toList();
        assertThat(items).extracting(b -> b.segment().plain()).containsExactly(
                "Falcon 40B scores 55.4% on MMLU (5-shot), well above the 7B model.",
                "Benchmarks versus others:",
                "ARC (25-shot): 61.9%",
                "HellaSwag (10-shot): 85.3%",
                "zero-shot is 82.1%",
                "Open weights.",
                "Results are strong.");
        assertThat(items.get(0).segment().text()).contains("\n");
        int benchmarks = doc.blocks().indexOf(items.get(1));
        int hellaswag = doc.blocks().indexOf(items.get(3));
        assertThat(items.get(2).parent()).isEqualTo(benchmarks);
        assertThat(items.get(3).parent()).isEqualTo(benchmarks);
        assertThat(items.get(4).parent()).isEqualTo(hellaswag);
        assertThat(items.get(5).parent()).isEqualTo(-1);
        assertThat(items.get(0).section()).isEqualTo("Key Takeaways");
        assertThat(items.get(6).section()).isEqualTo("2. Results and Analysis");
    }

    @Test
    void readsOutlineAndMetadataHeadingsAndParagraphs() {
        assertThat(doc.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING).map(Block::section))
                .containsExactly("Paper Title", "Authors", "Affiliations", "Date", "Key Takeaways", "Abstract",
                        "1. Introduction", "2. Results and Analysis");
        Block abstractBlock = doc.blocks().stream().filter(b -> b.section().equals("Abstract")
                && b.kind() == BlockKind.PARAGRAPH).findFirst().orElseThrow();
        assertThat(abstractBlock.segment().plain())
                .isEqualTo("We present Falcon, a family of models. It is trained on web data.");
        assertThat(doc.blocks().get(0).segment().text()).isEqualTo("Skip to main content");
        assertThat(doc.blocks().get(0).section()).isEmpty();
        assertThat(doc.format()).isEqualTo(SourceFormat.NOTES);
    }

    @Test
    void segmentsAreTheTextTheyCover() {
        Invariants.check(doc);
        for (Segment s : Invariants.segments(doc)) {
            assertThat(Invariants.region(doc, s)).isEqualTo(s.text());
        }
    }

    @Test
    void readsChineseHeadingsAndCrlf() {
        String text = String.join("\r\n",
                "2024-03-01论文解读", "", "论文标题", "", "Qwen Technical Report", "", "作者", "",
                "Jinze Bai、Shuai Bai、Yunfei Chu 等", "", "单位", "", "Alibaba Group", "", "发表日期", "",
                "2023年9月28日", "", "核心要点", "", "  · Qwen-14B reaches 66.3 on MMLU.",
                "  · Trained on 3T tokens.", "", "摘要", "", "We introduce Qwen.");
        Document zh = new NotesReader().read("qwen.txt", text);
        assertThat(zh.metadata().title()).map(MetadataField::value).contains("Qwen Technical Report");
        assertThat(zh.metadata().authors()).extracting(MetadataField::value)
                .containsExactly("Jinze Bai", "Shuai Bai", "Yunfei Chu");
        assertThat(zh.metadata().affiliations()).extracting(MetadataField::value).containsExactly("Alibaba Group");
        assertThat(zh.metadata().isoDate()).isEqualTo("2023-09-28");
        assertThat(zh.blocks()).filteredOn(b -> b.kind() == BlockKind.LIST_ITEM)
                .extracting(b -> b.segment().text(), Block::section)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Qwen-14B reaches 66.3 on MMLU.", "核心要点"),
                        org.assertj.core.groups.Tuple.tuple("Trained on 3T tokens.", "核心要点"));
        Invariants.check(zh);
    }

    @Test
    void readsInlineKeysAndKeepsShortTakeawaysAsItems() {
        String text = """
                Title: Tiny Model
                Date: 8 March 2022
                Highlights
                1. Small and fast
                2. Beats GPT-2
                """;
        Document d = new NotesReader().read("tiny.txt", text);
        assertThat(d.metadata().title()).map(MetadataField::value).contains("Tiny Model");
        assertThat(d.metadata().isoDate()).isEqualTo("2022-03-08");
        assertThat(d.blocks()).filteredOn(b -> b.kind() == BlockKind.LIST_ITEM).hasSize(2)
                .allSatisfy(b -> assertThat(b.section()).isEqualTo("Highlights"));
        Invariants.check(d);
    }
}
