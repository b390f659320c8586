package dev.claimgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.extract.ExtractionResult;
import dev.claimgraph.extract.Extractor;
import dev.claimgraph.rdf.Hashes;
import dev.claimgraph.source.Document;
import dev.claimgraph.source.SourceException;
import dev.claimgraph.source.SourceReader;
import dev.claimgraph.store.ShapesValidator;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Histogram;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;

/** Whatever a summary holds, the graph stored for it satisfies the SHACL shapes and has valid IRIs. */
class StoredGraphShapeProperties {

    private static final List<String> MODELS = List.of("GPT-4", "GPT-3.5", "Llama 2 70B", "Llama 2", "Mistral 7B",
            "Mixtral 8x7B", "Gemini Ultra", "PaLM 2", "Claude 2", "the 7B model", "Nano-1", "Our model",
            "Model <X> \"q\"", "模型-7B", "😀-13B", "Q".repeat(300));
    private static final List<String> BENCHMARKS = List.of("MMLU", "GSM8K", "HumanEval", "HellaSwag", "MATH",
            "BIG-Bench Hard", "ARC-Challenge", "TriviaQA", "MT-Bench", "Bench<mark>", "基准");
    private static final List<String> SCORES = List.of("86.4%", "0.812", "74", "92.0 %", "1e400%", "-5%", "NaN",
            "250%", "6.84", "100%", "0%", "−3%", "5.", ".5");
    private static final List<String> SETTINGS = List.of("(5-shot)", "(0-shot)", "CoT@32", "maj@8", "pass@1",
            "(8-shot, CoT)", "(25-shot)", "(0-shot pass@1)", "(10-shot)", "");
    private static final List<String> GLUE = List.of("scores", "achieves", "reaches", "gets", "outperforms",
            "is better than", "on par with", "does not beat", "vs.", "respectively", "and", "on", "has",
            "parameters", "1.8B params", "32K context", "10^30 parameters", "developed by", "Google", "Meta",
            "OpenAI", "Mistral AI", ",", ".", ":", "\n", "\n\n", "\n- ", "\n  1. ", "|", "\n| --- | --- |\n",
            "<table><tr><td>", "</td><td>", "</td></tr></table>", "# Results\n", "Paper Title\n\n", "论文标题",
            "(", ")", "%", "\t", "\u0000", "\u200b");

    @Provide
    Arbitrary<String> summaries() {
        Arbitrary<String> claim = Combinators.combine(Arbitraries.of(MODELS), Arbitraries.of(GLUE),
                Arbitraries.of(SCORES), Arbitraries.of(BENCHMARKS), Arbitraries.of(SETTINGS))
                .as((m, g, s, b, set) -> m + " " + g + " " + s + " on " + b + " " + set + ".");
        Arbitrary<String> row = Combinators.combine(Arbitraries.of(MODELS), Arbitraries.of(SCORES),
                Arbitraries.of(SCORES)).as((m, a, b) -> "\n| " + m + " | " + a + " | " + b + " |");
        Arbitrary<String> header = Combinators.combine(Arbitraries.of(BENCHMARKS), Arbitraries.of(BENCHMARKS))
                .as((a, b) -> "\n\n| Model | " + a + " | " + b + " |\n|---|---|---|");
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, claim), net.jqwik.api.Tuple.of(2, row), net.jqwik.api.Tuple.of(1, header),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(GLUE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(15)));
        return piece.list().ofMinSize(1).ofMaxSize(30).map(list -> String.join(" ", list));
    }

    @Provide
    Arbitrary<String> fileNames() {
        Arbitrary<String> stem = Arbitraries.oneOf(Arbitraries.of("paper", "a b", "x<y>\"z\"", "😀", "名前", "new\nline"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(20));
        return Combinators.combine(stem, Arbitraries.of(".txt", ".md", ".json", ".markdown", ""))
                .as((s, ext) -> s + ext);
    }

    @Property(tries = 200)
    @StatisticsReport(format = Histogram.class)
    void everyStoredGraphPassesTheShapes(@ForAll("summaries") String text, @ForAll("fileNames") String name) {
        Document doc;
        try {
            doc = new SourceReader().read(name, text);
        } catch (SourceException e) {
            return; // refused input never reaches the store
        }
        ExtractionResult result = StoreChecks.EXTRACTOR.extract(doc);
        Statistics.label("claims").collect(result.claims().isEmpty() ? "none" : "some");
        Graph graph = StoreChecks.MAPPER.map(result, Hashes.sha256(doc.text()), Extractor.VERSION);

        ValidationReport report = ShapesValidator.validate(graph);
        assertThat(report.conforms()).as(() -> violations(report)).isTrue();
        List<String> badIris = new ArrayList<>();
        graph.find().forEachRemaining(t -> List.of(t.getSubject(), t.getPredicate(), t.getObject()).stream()
                .filter(n -> n.isURI() && !StoreChecks.validIri(n.getURI())).forEach(n -> badIris.add(n.getURI())));
        assertThat(badIris).isEmpty();
        // Without claims in many tries the property would say little about the claim shapes.
        Statistics.label("claims").coverage(c -> c.check("some").percentage(p -> p > 40));
    }

    private static String violations(ValidationReport report) {
        StringBuilder b = new StringBuilder();
        report.getEntries().forEach(e -> b.append(e.focusNode()).append(' ').append(e.resultPath()).append(' ')
                .append(e.message()).append('\n'));
        return b.toString();
    }
}
