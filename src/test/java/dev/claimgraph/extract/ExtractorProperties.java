package dev.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.source.Document;
import dev.claimgraph.source.SourceException;
import dev.claimgraph.source.SourceReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The extractor never fails on any text, and every claim's evidence is a real part of it. */
class ExtractorProperties {

    private static final Extractor EXTRACTOR = new Extractor(Lexicon.bundled());

    @Property(tries = 300)
    void neverThrowsAndKeepsEvidenceInsideTheText(@ForAll("summaries") String text) {
        Document doc;
        try {
            doc = new SourceReader().read("arbitrary.txt", text);
        } catch (SourceException e) {
            return; // refused input (empty, binary) is the reader's business, tested there
        }
        ExtractionResult result = EXTRACTOR.extract(doc);
        for (Claim claim : result.claims()) {
            assertThat(claim.evidence()).isNotEmpty();
            assertThat(claim.confidence()).isBetween(0.0, 1.0);
            for (Span span : claim.evidence()) {
                assertThat(span.start()).isBetween(0, text.length());
                assertThat(span.end()).isBetween(span.start(), text.length());
                assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
            }
        }
    }

    /** Random text mixed with the words, names and numbers that the extractor reacts to. */
    @Provide
    Arbitrary<String> summaries() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("GPT-4", "Llama 2 70B", "the 7B model", "Nano-1", "Mixtral 8x7B - Instruct", "MMLU",
                        "GSM8K", "HumanEval", "(5-shot)", "CoT@32", "maj@8", "pass@1", "74.4%", "0.812", "vs.",
                        "outperforms", "is better than", "on par with", "does not beat", "respectively", "1.8B params",
                        "32K context", ":", ",", ".", "\n", "\n  1. ", "|", "| --- |", "<table><tr><td>", "</td>",
                        "Paper Title\n\n", "Affiliations\n\nGoogle\n\n", "论文标题", "(", ")", "%", "1e400%", "-5%",
                        "NaN", "10^30 parameters", "😀", "\u0000x"));
        return pieces.list().ofMaxSize(40).map(list -> String.join(" ", list));
    }
}
