package dev.claimgraph.rdf;

import dev.claimgraph.extract.Claim;
import dev.claimgraph.extract.ComparisonClaim;
import dev.claimgraph.extract.ContextLengthClaim;
import dev.claimgraph.extract.DeveloperClaim;
import dev.claimgraph.extract.ExtractionResult;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.extract.LexiconException;
import dev.claimgraph.extract.ModelRef;
import dev.claimgraph.extract.OrganisationBasis;
import dev.claimgraph.extract.PaperInfo;
import dev.claimgraph.extract.ParameterClaim;
import dev.claimgraph.extract.Relation;
import dev.claimgraph.extract.ScoreClaim;
import dev.claimgraph.extract.ScoreUnit;
import dev.claimgraph.extract.Setting;
import dev.claimgraph.extract.Span;
import dev.claimgraph.source.Document;
import dev.claimgraph.source.PaperMetadata;
import dev.claimgraph.source.SourceFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Hand-built extraction results covering every claim kind, and a small lexicon. */
public final class Fixtures {

    public static final String VERSION = "test-1";

    public static final String GEMINI_TEXT = """
            Gemini: A Family of Highly Capable Multimodal Models (Google, 2023-12).
            Gemini Ultra reaches 90.04% on MMLU with CoT@32, and GPT-4 gets 87.29% 5-shot.
            Gemini Ultra outperforms GPT-4 on MMLU.
            Gemini Nano has 1.8B parameters and a 32K context window.
            """;

    public static final String MIXTRAL_TEXT = """
            Mixtral of Experts (Mistral AI, 2024-01).
            Mixtral 8x7B has 46.7B parameters, 12.9B active per token, and scores 70.60% on MMLU.
            Mixtral matches GPT-3.5 on most benchmarks.
            """;

    private Fixtures() {}

    /** A lexicon with aliases for MMLU and Google, and a lower-is-better benchmark. */
    public static Lexicon lexicon(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("test.json"), """
                    {
                      "organisations": [
                        {"name": "Google", "aliases": ["Google DeepMind", "DeepMind"]},
                        {"name": "Mistral AI", "aliases": ["Mistral"]},
                        {"name": "OpenAI"}
                      ],
                      "families": [
                        {"name": "Gemini", "organisation": "Google", "variants": ["Ultra", "Pro", "Nano"]},
                        {"name": "GPT", "organisation": "OpenAI", "versionSeparator": "-"}
                      ],
                      "models": [
                        {"name": "Mixtral 8x7B", "family": "Mixtral", "organisation": "Mistral AI",
                         "aliases": ["Mixtral"]}
                      ],
                      "benchmarks": [
                        {"name": "MMLU", "aliases": ["Massive Multitask Language Understanding"],
                         "metric": "accuracy"},
                        {"name": "WikiText-103", "metric": "perplexity", "higherIsBetter": false}
                      ]
                    }
                    """);
            return Lexicon.withUserFolders(List.of(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (LexiconException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Document document(String name, String text) {
        return new Document(name, SourceFormat.NOTES, text, PaperMetadata.empty(), List.of(), List.of());
    }

    /** The span of the first occurrence of {@code quote} in {@code text}. */
    public static Span span(String text, String quote) {
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("not in text: " + quote);
        }
        return Span.of(text, start, start + quote.length());
    }

    /** A summary of the Gemini report with a score, comparison, parameter, context and developer claim. */
    public static ExtractionResult gemini() {
        return gemini("gemini-2023.txt", GEMINI_TEXT);
    }

    public static ExtractionResult gemini(String fileName, String text) {
        Setting cot32 = new Setting(null, false, true, 32, null);
        Setting fiveShot = new Setting(5, false, false, null, null);
        List<Claim> claims = List.of(
                new ScoreClaim("Gemini Ultra", "MMLU", new BigDecimal("90.04"), "90.04%", ScoreUnit.PERCENT,
                        "accuracy", cot32, true, 0.95, List.of(span(text, "Gemini Ultra reaches 90.04% on MMLU"))),
                new ScoreClaim("GPT-4", "Massive Multitask Language Understanding", new BigDecimal("87.29"),
                        "87.29%", ScoreUnit.PERCENT, "accuracy", fiveShot, false, 0.9,
                        List.of(span(text, "GPT-4 gets 87.29% 5-shot"))),
                new ComparisonClaim("Gemini Ultra", Relation.BETTER, "GPT-4", "MMLU", cot32, fiveShot, true, 0.8,
                        List.of(span(text, "Gemini Ultra outperforms GPT-4 on MMLU"))),
                new ParameterClaim("Gemini Nano", 1_800_000_000L, null, "1.8B", true, 0.9,
                        List.of(span(text, "1.8B parameters"))),
                new ContextLengthClaim("Gemini Nano", 32_768L, "32K", true, 0.85,
                        List.of(span(text, "32K context window"))),
                new DeveloperClaim("Gemini Ultra", "Google DeepMind", OrganisationBasis.STATED, true, 1.0,
                        List.of(span(text, "Google"), span(text, "Gemini Ultra"))));
        List<ModelRef> models = List.of(
                new ModelRef("Gemini Ultra", "Gemini", "Google", List.of("Gemini Ultra", "Ultra")),
                new ModelRef("Gemini Nano", "Gemini", "Google", List.of("Gemini Nano")),
                new ModelRef("GPT-4", "GPT", "OpenAI", List.of("GPT-4", "gpt4")));
        PaperInfo paper = new PaperInfo("Gemini: A Family of Highly Capable Multimodal Models", "2023-12",
                List.of("Google"), List.of("Gemini Team"), "Gemini");
        return new ExtractionResult(document(fileName, text), paper, models, claims);
    }

    /** A Mixtral summary: sparse parameter count, an unspecified setting, a similarity comparison. */
    public static ExtractionResult mixtral() {
        String text = MIXTRAL_TEXT;
        List<Claim> claims = List.of(
                new ParameterClaim("Mixtral 8x7B", 46_700_000_000L, 12_900_000_000L, "46.7B", true, 0.9,
                        List.of(span(text, "46.7B parameters, 12.9B active per token"))),
                new ScoreClaim("Mixtral 8x7B", "MMLU", new BigDecimal("70.60"), "70.60%", ScoreUnit.PERCENT,
                        "accuracy", Setting.NONE, true, 0.7, List.of(span(text, "scores 70.60% on MMLU"))),
                new ComparisonClaim("Mixtral 8x7B", Relation.SIMILAR, "GPT-3.5", null, Setting.NONE, Setting.NONE,
                        true, 0.6, List.of(span(text, "Mixtral matches GPT-3.5"))),
                new DeveloperClaim("Mixtral 8x7B", "Mistral AI", OrganisationBasis.LEXICON, true, 0.7,
                        List.of(span(text, "Mixtral 8x7B"))));
        List<ModelRef> models = List.of(
                new ModelRef("Mixtral 8x7B", "Mixtral", "Mistral AI", List.of("Mixtral 8x7B", "Mixtral")));
        PaperInfo paper = new PaperInfo("Mixtral of Experts", "2024-01-08", List.of("Mistral"),
                List.of("Albert Q. Jiang", "Alexandre Sablayrolles"), "Mixtral");
        return new ExtractionResult(document("mixtral-2024.txt", text), paper, models, claims);
    }
}
