package dev.claimgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.rdf.IriMinter;
import dev.claimgraph.store.ClaimStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files fail alone with one line each; odd files ingest into a sound store. */
class BadFilesTest {

    @TempDir
    Path dir;

    private Path corpus;
    private Path db;

    @BeforeEach
    void setUp() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        db = dir.resolve("db");
        try (Stream<Path> files = Files.list(Path.of("data/summaries"))) {
            for (Path file : files.toList()) {
                Files.copy(file, corpus.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void eachBadFileGetsOneLineAndNothingOfItIsStored() throws Exception {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("empty.txt", "empty file");
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        bad.put("blank.md", "empty file");
        Files.writeString(corpus.resolve("blank.md"), " \n\t\n");
        bad.put("binary.txt", "binary file");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[100] = 0;
        Files.write(corpus.resolve("binary.txt"), noise);
        bad.put("latin1.txt", "line 2: invalid UTF-8");
        Files.write(corpus.resolve("latin1.txt"),
                "GPT-4 scores 86.4% on MMLU.\nCaf\u00e9 model scores 70% on MMLU.\n".getBytes(StandardCharsets.ISO_8859_1));
        bad.put("huge.txt", "file too large");
        writeLargeSummary(corpus.resolve("huge.txt"), 50L * 1024 * 1024);
        bad.put("broken.json", "broken.json: ");
        Files.writeString(corpus.resolve("broken.json"), "{\"title\": \"Broken\",\n \"results\": [\n  {\"model\": ");
        bad.put("utf16.txt", "UTF-16");
        Files.write(corpus.resolve("utf16.txt"), "GPT-4 scores 86.4% on MMLU.".getBytes(StandardCharsets.UTF_16));

        CliRun run = CliRun.of("ingest", "--db", db.toString(), "--batch", "3", corpus.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.errors()).as(run.err()).hasSize(bad.size());
        bad.forEach((name, why) -> assertThat(run.errors())
                .as("the line about %s", name)
                .filteredOn(l -> l.startsWith("claimgraph: " + name + ": "))
                .singleElement().asString().contains(why));
        assertThat(run.out()).contains("8 added").contains(bad.size() + " failed");
        try (ClaimStore store = ClaimStore.open(db)) {
            assertThat(store.sources()).hasSize(8);
            for (String name : bad.keySet()) {
                Node source = IriMinter.source(name);
                assertThat(StoreChecks.quads(store)).noneMatch(q -> q.getGraph().equals(source)
                        || q.getSubject().equals(source) || q.getObject().equals(source));
            }
            StoreChecks.assertSound(store);
        }
    }

    @Test
    void oddFilesIngestIntoASoundStore() throws Exception {
        Map<String, String> odd = new LinkedHashMap<>();
        odd.put("ragged.md", """
                # Ragged results

                | Model | MMLU | GSM8K | HumanEval |
                |---|---|---|
                | GPT-4 | 86.4 | 92.0 |
                | Llama 2 70B | 68.9 | 56.8 | 29.9 | 99.9 | extra |
                | Mistral 7B |
                ||||
                | | 12.5 | | |
                """);
        odd.put("absurd.txt", """
                GPT-4 scores 1e400% on MMLU (5-shot).
                Llama 2 70B scores -5% on GSM8K (8-shot).
                Mistral 7B scores NaN% on HumanEval (0-shot).
                GPT-4 has 10^30 parameters and 1e400 parameters.
                Llama 2 70B has a context length of 10^30 tokens.
                Gemini Ultra has 99999999999999999999999999999 parameters.
                """);
        odd.put("we<ird> \"name\" with spaces 😀.txt", "GPT-4 scores 86.4% on MMLU (5-shot).\n");
        odd.put("new\nline.md", "# A\n\nGPT-4 scores 86.4% on MMLU (5-shot).\n");
        odd.put("名前-ünïcödé-\u200b.txt", "GPT-4 scores 86.4% on MMLU (5-shot).\n");
        odd.put("n".repeat(240) + ".txt", "GPT-4 scores 86.4% on MMLU (5-shot).\n");
        String longName = "Q".repeat(10_000);
        odd.put("odd-model-names.txt", "Model <X> \"Quoted\" 7B scores 70.1% on MMLU (5-shot).\n"
                + "Model\tTab 😀 13B scores 60.2% on GSM8K (8-shot).\n"
                + longName + "-7B scores 50.5% on MMLU (5-shot) and outperforms GPT-4 on MMLU.\n"
                + longName + " has 7B parameters and was developed by Org <\"" + "O".repeat(10_000) + "\">.\n");
        odd.put("odd.json", """
                {"title": "Odd <json> \\"paper\\" 😀 %s",
                 "results": [{"model": "M <1> \\"x\\"\\n y", "benchmark": "MMLU", "score": "1e400"},
                             {"model": "GPT-4", "benchmark": "MMLU", "score": -5},
                             {"model": "GPT-4", "benchmark": "GSM8K", "score": "NaN"}]}
                """.formatted("T".repeat(10_000)));
        for (var e : odd.entrySet()) {
            Files.writeString(corpus.resolve(e.getKey()), e.getValue());
        }

        CliRun run = CliRun.of("ingest", "--db", db.toString(), corpus.toString());

        assertThat(run.errors()).as(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        try (ClaimStore store = ClaimStore.open(db)) {
            assertThat(store.sources()).hasSize(8 + odd.size());
            StoreChecks.assertSound(store);
            Map<String, Path> files = new LinkedHashMap<>();
            try (Stream<Path> all = Files.list(corpus)) {
                all.forEach(f -> files.put(f.getFileName().toString(), f));
            }
            StoreChecks.assertWholeDocuments(store, files);
        }
    }

    /** A summary-like text file of at least the given size, written without holding it in memory. */
    private static void writeLargeSummary(Path file, long size) throws IOException {
        byte[] line = "GPT-4 scores 86.4% on MMLU (5-shot) and 92.0% on GSM8K.\n".getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[line.length * 1024];
        for (int i = 0; i < 1024; i++) {
            System.arraycopy(line, 0, block, i * line.length, line.length);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += block.length) {
                out.write(block);
            }
        }
    }
}
