package dev.claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.extract.Extractor;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.rdf.CG;
import dev.claimgraph.rdf.ClaimGraphMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources' details as a stored archive gives them: affiliations named by the lexicon or only by the documents. */
class SourceCatalogTest {

    @TempDir
    Path dir;

    @Test
    void readsAffiliationsTheLexiconKnowsAndThoseOnlyTheDocumentsName() throws IOException {
        Lexicon lexicon = Lexicon.bundled();
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("falcon.txt"), notes("Falcon: A Very Open Model", "Tech Institute; Google",
                "Falcon 40B scores 55.4% on MMLU (5-shot)."));
        Files.writeString(corpus.resolve("falcon-again.txt"), notes("Falcon Revisited", "Tech Institute",
                "Falcon 40B scores 54.1% on MMLU (5-shot)."));
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"), new ClaimGraphMapper(lexicon).reference())) {
            new IngestPipeline(store, new Extractor(lexicon), new ClaimGraphMapper(lexicon), new IngestOptions(10, 1))
                    .run(List.of(corpus), ProgressListener.NONE);
            Txn.executeRead(store.dataset(), () -> {
                Set<Node> sources = new LinkedHashSet<>();
                store.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, CG.RDF_TYPE, CG.Source)
                        .forEachRemaining(q -> sources.add(q.getSubject()));
                assertThat(sources).hasSize(2);
                SourceCatalog catalog = SourceCatalog.load(new DatasetSelect(store.dataset()), sources);
                List<SourceInfo> infos = sources.stream().map(s -> catalog.get(s.getURI())).toList();
                assertThat(infos).extracting(SourceInfo::fileName)
                        .containsExactlyInAnyOrder("falcon.txt", "falcon-again.txt");
                SourceInfo first = infos.stream().filter(i -> i.fileName().equals("falcon.txt")).findFirst().orElseThrow();
                assertThat(first.paperTitle()).isEqualTo("Falcon: A Very Open Model");
                assertThat(first.date()).isEqualTo("2024-02-01");
                assertThat(first.affiliations()).containsExactlyInAnyOrder("Tech Institute", "Google");
                SourceInfo second = infos.stream().filter(i -> i.fileName().equals("falcon-again.txt")).findFirst().orElseThrow();
                assertThat(second.affiliations()).containsExactly("Tech Institute");
            });
        }
    }

    private static String notes(String title, String affiliations, String takeaway) {
        return """
                Paper Title

                %s

                Authors

                Ann Lee, Bo Chen

                Affiliations

                %s

                Date

                Feb 1st, 2024

                Key Takeaways

                  1. %s
                """.formatted(title, affiliations, takeaway);
    }
}
