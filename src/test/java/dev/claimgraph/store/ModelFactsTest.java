package dev.claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.bench.GeneratedSummary;
import dev.claimgraph.bench.SummaryGenerator;
import dev.claimgraph.extract.Extractor;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.rdf.CG;
import dev.claimgraph.rdf.ClaimGraphMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model's facts read from the quad indexes against the same facts grouped by SPARQL. */
class ModelFactsTest {

    @TempDir
    Path dir;

    @Test
    void quadIndexesAndSparqlGroupEveryModelsFactsAlike() throws IOException {
        Lexicon lexicon = Lexicon.bundled();
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        SummaryGenerator generator = new SummaryGenerator(lexicon, 31L);
        for (int i = 0; i < 120; i++) {
            GeneratedSummary summary = generator.generate(i);
            Files.write(corpus.resolve(summary.fileName()), summary.bytes());
        }
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"), new ClaimGraphMapper(lexicon).reference())) {
            new IngestPipeline(store, new Extractor(lexicon), new ClaimGraphMapper(lexicon), new IngestOptions(40, 2))
                    .run(List.of(corpus), ProgressListener.NONE);
            Txn.executeRead(store.dataset(), () -> {
                var dsg = store.dataset().asDatasetGraph();
                Set<Node> models = new LinkedHashSet<>();
                dsg.find(Node.ANY, Node.ANY, CG.RDF_TYPE, CG.Model).forEachRemaining(q -> models.add(q.getSubject()));
                assertThat(models).hasSizeGreaterThan(10);
                ModelFacts quads = new QuadModelFacts(dsg);
                ModelFacts sparql = new SparqlModelFacts(new DatasetSelect(store.dataset()));
                int facts = 0;
                Set<Node> kinds = new LinkedHashSet<>();
                for (Node model : models) {
                    List<ModelFact> expected = sorted(sparql.of(model));
                    assertThat(sorted(quads.of(model))).as(model.getURI()).isEqualTo(expected);
                    facts += expected.size();
                    expected.forEach(f -> kinds.add(f.kind()));
                }
                assertThat(facts).isGreaterThan(100);
                assertThat(kinds).containsExactlyInAnyOrder(CG.DeveloperClaim, CG.ParameterClaim,
                        CG.ContextLengthClaim, CG.ComparisonClaim);
            });
        }
    }

    private static List<ModelFact> sorted(List<ModelFact> facts) {
        List<ModelFact> copy = new ArrayList<>(facts);
        copy.sort(Comparator.comparing((ModelFact f) -> f.example().getURI()).thenComparing(f -> f.kind().getURI()));
        return copy;
    }
}
