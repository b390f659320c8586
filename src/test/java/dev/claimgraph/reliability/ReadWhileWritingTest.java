package dev.claimgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.extract.Extractor;
import dev.claimgraph.rdf.Hashes;
import dev.claimgraph.source.Document;
import dev.claimgraph.source.SourceReader;
import dev.claimgraph.store.ClaimStore;
import dev.claimgraph.store.DocumentGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader in the same process sees each document as it was before or after a write, never a mix. */
class ReadWhileWritingTest {

    private static final int WRITES = 30;

    @TempDir
    Path dir;

    @Test
    void readersSeeOneWholeVersionOfADocument() throws Exception {
        List<DocumentGraph> v1 = versions(1);
        List<DocumentGraph> v2 = versions(2);
        Graph first = v1.get(0).graph();
        Graph second = v2.get(0).graph();
        assertThat(first.isIsomorphicWith(second)).isFalse();

        try (ClaimStore store = ClaimStore.open(dir.resolve("db"), StoreChecks.MAPPER.reference())) {
            store.putAll(v1);
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger sawFirst = new AtomicInteger();
            AtomicInteger sawSecond = new AtomicInteger();
            List<String> mixed = new ArrayList<>();
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
                while (writing.get()) {
                    Graph seen = StoreChecks.storedGraph(store, "doc.txt");
                    if (seen.isIsomorphicWith(first)) {
                        sawFirst.incrementAndGet();
                    } else if (seen.isIsomorphicWith(second)) {
                        sawSecond.incrementAndGet();
                    } else {
                        mixed.add(seen.size() + " triples");
                    }
                }
            });

            for (int i = 0; i < WRITES; i++) {
                store.putAll(i % 2 == 0 ? v2 : v1);
            }
            writing.set(false);
            reader.get(30, TimeUnit.SECONDS);

            assertThat(mixed).as("reads that saw neither version whole").isEmpty();
            assertThat(sawFirst.get()).isPositive();
            assertThat(sawSecond.get()).isPositive();
            StoreChecks.assertSound(store);
        }
    }

    /** One batch: the watched document plus two others, all in version {@code n}. */
    private static List<DocumentGraph> versions(int n) throws Exception {
        List<DocumentGraph> batch = new ArrayList<>();
        for (String name : List.of("doc.txt", "other-a.txt", "other-b.txt")) {
            String text = n == 1
                    ? "GPT-4 scores 86.4% on MMLU (5-shot) and 92.0% on GSM8K (5-shot, CoT).\n"
                            + "Llama 2 70B scores 68.9% on MMLU (5-shot).\n"
                    : "Mistral 7B scores 60.1% on MMLU (5-shot) and outperforms Llama 2 13B on GSM8K.\n"
                            + "Mixtral 8x7B has 46.7B parameters and a 32K context.\n";
            Document doc = new SourceReader().read(name, text);
            String hash = Hashes.sha256(doc.text());
            Graph graph = StoreChecks.MAPPER.map(StoreChecks.EXTRACTOR.extract(doc), hash, Extractor.VERSION);
            batch.add(new DocumentGraph(name, hash, Extractor.VERSION, graph));
        }
        return batch;
    }
}
