package dev.claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimgraph.extract.ExtractionResult;
import dev.claimgraph.rdf.CG;
import dev.claimgraph.rdf.ClaimGraphMapper;
import dev.claimgraph.rdf.Fixtures;
import dev.claimgraph.rdf.Hashes;
import dev.claimgraph.rdf.IriMinter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimStoreTest {

    @TempDir
    Path dir;

    private ClaimGraphMapper mapper;
    private ClaimStore store;

    @BeforeEach
    void setUp() {
        mapper = new ClaimGraphMapper(Fixtures.lexicon(dir.resolve("lexicon")));
        store = ClaimStore.open(dir.resolve("db"), mapper.reference());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void theLastStoreClosedOnAFolderReleasesItsDatabase() {
        put(Fixtures.gemini());
        DatasetGraph shared = store.dataset().asDatasetGraph();
        ClaimStore second = ClaimStore.open(dir.resolve("db"));
        assertThat(second.dataset().asDatasetGraph()).as("one database per folder").isSameAs(shared);

        store.close();
        store.close();
        assertThat(second.sources()).as("still open through the second store").hasSize(1);
        second.close();

        store = ClaimStore.open(dir.resolve("db"), mapper.reference());
        assertThat(store.dataset().asDatasetGraph()).as("released, so opened afresh").isNotSameAs(shared);
        assertThat(store.sources()).as("what was committed is kept").hasSize(1);
    }

    @Test
    void ingestAddsSkipsAndReplaces() {
        assertThat(put(Fixtures.gemini())).isEqualTo(IngestOutcome.ADDED);
        Set<Quad> before = quads();
        assertThat(put(Fixtures.gemini())).isEqualTo(IngestOutcome.SKIPPED);
        assertThat(quads()).isEqualTo(before);

        ExtractionResult edited = Fixtures.gemini("gemini-2023.txt", "Edited notes.\n" + Fixtures.GEMINI_TEXT);
        assertThat(put(edited)).isEqualTo(IngestOutcome.REPLACED);
        Node oldRun = mapper.iris().run("gemini-2023.txt", Hashes.sha256(Fixtures.GEMINI_TEXT), Fixtures.VERSION);
        assertThat(quads()).noneMatch(q -> q.getSubject().equals(oldRun) || q.getObject().equals(oldRun));
        assertThat(quads()).isNotEqualTo(before);
        assertThat(store.sources()).singleElement()
                .satisfies(s -> assertThat(s.contentHash()).isEqualTo(Hashes.sha256(edited.document().text())));
    }

    @Test
    void newExtractorVersionReplacesAndOldClaimsGo() {
        put(Fixtures.gemini());
        Graph fewer = mapper.map(new ExtractionResult(Fixtures.gemini().document(), Fixtures.gemini().paper(),
                Fixtures.gemini().models(), Fixtures.gemini().claims().subList(0, 1)), "test-2");
        String hash = Hashes.sha256(Fixtures.GEMINI_TEXT);
        assertThat(store.put("gemini-2023.txt", hash, "test-2", fewer)).isEqualTo(IngestOutcome.REPLACED);
        assertThat(store.stats().claims()).isEqualTo(1);
        Node graphName = IriMinter.source("gemini-2023.txt");
        Set<Triple> stored = store.read(ds -> ds.asDatasetGraph().getGraph(graphName).find().toSet());
        assertThat(stored).isEqualTo(fewer.find().toSet());
    }

    @Test
    void storedGraphEqualsMappedGraph() {
        for (ExtractionResult result : List.of(Fixtures.gemini(), Fixtures.mixtral())) {
            Graph mapped = mapper.map(result, Fixtures.VERSION);
            put(result);
            Node graphName = IriMinter.source(result.document().name());
            Set<Triple> stored = store.read(ds -> ds.asDatasetGraph().getGraph(graphName).find().toSet());
            assertThat(stored).as("TDB2 keeps every literal in the form it was written")
                    .isEqualTo(mapped.find().toSet());
        }
    }

    @Test
    void unionDefaultGraphSeesEveryDocument() {
        List<IngestOutcome> outcomes = store.putAll(List.of(document(Fixtures.gemini()), document(Fixtures.mixtral())));
        assertThat(outcomes).containsExactly(IngestOutcome.ADDED, IngestOutcome.ADDED);
        ResultSetRewindable rows = store.select("""
                PREFIX cg: <https://w3id.org/claimgraph#>
                SELECT ?claim ?score WHERE { ?claim a cg:ScoreClaim ; cg:benchmark ?b ; cg:score ?score .
                                            ?b cg:higherIsBetter true }
                """);
        assertThat(rows.size()).isEqualTo(3);
        QueryResult ask = store.query(QueryFactory.create(
                "ASK { <" + CG.ID + "model/mixtral-8x7b> <" + CG.developer.getURI() + "> ?org }"));
        assertThat(ask).isEqualTo(new QueryResult.Answer(true));

        StoreStats stats = store.stats();
        assertThat(stats.documents()).isEqualTo(2);
        assertThat(stats.claimsByKind()).containsEntry("ScoreClaim", 3L).containsEntry("ParameterClaim", 2L)
                .containsEntry("ContextLengthClaim", 1L).containsEntry("DeveloperClaim", 2L)
                .containsEntry("ComparisonClaim", 2L);
        assertThat(stats.models()).isEqualTo(5);
        assertThat(stats.benchmarks()).isEqualTo(1);
        assertThat(store.sources()).extracting(StoredSource::fileName)
                .containsExactly("gemini-2023.txt", "mixtral-2024.txt");
    }

    @Test
    void referenceGraphIsWrittenOnceAndWhenItChanges() {
        put(Fixtures.gemini());
        Set<Triple> reference = store.read(ds -> ds.asDatasetGraph().getGraph(CG.REFERENCE_GRAPH).find().toSet());
        assertThat(reference).isEqualTo(mapper.reference().find().toSet());
        assertThat(store.putReference(mapper.reference())).isEqualTo(IngestOutcome.SKIPPED);
        Graph changed = mapper.reference();
        changed.delete(changed.find(Node.ANY, CG.higherIsBetter, Node.ANY).next());
        assertThat(store.putReference(changed)).isEqualTo(IngestOutcome.REPLACED);
    }

    @Test
    void removeDropsTheGraph() {
        put(Fixtures.gemini());
        put(Fixtures.mixtral());
        assertThat(store.remove("gemini-2023.txt")).isTrue();
        assertThat(store.remove("gemini-2023.txt")).isFalse();
        assertThat(store.sources()).extracting(StoredSource::fileName).containsExactly("mixtral-2024.txt");
        assertThat(store.source("gemini-2023.txt")).isEmpty();
        assertThat(put(Fixtures.gemini())).isEqualTo(IngestOutcome.ADDED);
    }

    @Test
    void exportsParseBackToTheSameData() {
        put(Fixtures.gemini());
        put(Fixtures.mixtral());
        Set<Quad> quads = quads();
        assertThat(quads).as("the score table is stored").anyMatch(q -> q.getGraph().equals(CG.SCORE_TABLE_GRAPH));
        // Exports carry what the sources say; the score table is derived from it.
        quads.removeIf(q -> q.getGraph().equals(CG.SCORE_TABLE_GRAPH));

        for (Lang lang : List.of(Lang.TRIG, Lang.NQUADS, Lang.JSONLD)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.export(lang, out);
            DatasetGraph parsed = RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).toDatasetGraph();
            Set<Quad> back = new HashSet<>();
            parsed.find().forEachRemaining(back::add);
            assertThat(back).as(lang.getName()).isEqualTo(quads);
        }

        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        store.export(RDFFormat.TURTLE_PRETTY, turtle);
        assertThat(turtle.toString(java.nio.charset.StandardCharsets.UTF_8)).containsPattern("(?i)prefix cg: +<https://w3id.org/claimgraph#>");
        Graph parsed = RDFParser.source(new ByteArrayInputStream(turtle.toByteArray())).lang(Lang.TURTLE).toGraph();
        Graph union = store.read(ds -> {
            Graph copy = org.apache.jena.graph.GraphMemFactory.createDefaultGraph();
            quads.forEach(q -> copy.add(q.asTriple()));
            return copy;
        });
        assertThat(parsed.isIsomorphicWith(union)).isTrue();
        assertThat(parsed.find().toSet()).isEqualTo(union.find().toSet());
    }

    @Test
    void aScoreTableOfAnotherLayoutIsRebuiltWhole() {
        put(Fixtures.gemini());
        store.refreshScoreTable();
        assertThat(store.scoreTableCurrent()).isTrue();
        Set<Quad> table = tableQuads();
        assertThat(table).anyMatch(q -> q.getObject().equals(CG.ScoreSummary));

        // As a store written by a version with another layout looks: no format, and a leftover row.
        org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            dsg.deleteAny(CG.SCORE_TABLE_GRAPH, CG.SCORE_TABLE_GRAPH, CG.tableFormat, Node.ANY);
            dsg.add(CG.SCORE_TABLE_GRAPH, CG.SCORE_TABLE_GRAPH, CG.RDFS_LABEL,
                    org.apache.jena.graph.NodeFactory.createLiteralString("left over"));
        });
        assertThat(store.scoreTableCurrent()).isFalse();
        store.refreshScoreTable();
        assertThat(store.scoreTableCurrent()).isTrue();
        assertThat(tableQuads()).isEqualTo(table);
    }

    private Set<Quad> tableQuads() {
        Set<Quad> table = new HashSet<>(quads());
        table.removeIf(q -> !q.getGraph().equals(CG.SCORE_TABLE_GRAPH));
        return table;
    }

    @Test
    void validationPassesOnMappedGraphsAndFailsOnBrokenOnes() {
        put(Fixtures.gemini());
        put(Fixtures.mixtral());
        ValidationSummary ok = store.validate();
        assertThat(ok.conforms()).as(() -> String.join("\n", ok.messages())).isTrue();
        assertThat(ok.graphs()).hasSize(4);

        Graph broken = mapper.map(Fixtures.gemini("broken.txt", Fixtures.GEMINI_TEXT), Fixtures.VERSION);
        Node claim = broken.find(Node.ANY, CG.RDF_TYPE, CG.ScoreClaim).next().getSubject();
        broken.remove(claim, CG.score, Node.ANY);
        store.put("broken.txt", Hashes.sha256(Fixtures.GEMINI_TEXT), Fixtures.VERSION, broken);
        ValidationSummary failed = store.validate();
        assertThat(failed.conforms()).isFalse();
        assertThat(failed.failures()).extracting(GraphReport::graph)
                .containsExactly(IriMinter.source("broken.txt").getURI());
        assertThat(failed.messages()).anyMatch(m -> m.contains("score"));
    }

    @Test
    void graphMustStateTheHashItIsStoredUnder() {
        Graph graph = mapper.map(Fixtures.gemini(), Fixtures.VERSION);
        assertThatThrownBy(() -> store.put("gemini-2023.txt", "0".repeat(64), Fixtures.VERSION, graph))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gemini-2023.txt");
    }

    @Test
    void reopeningSeesStoredData() {
        put(Fixtures.gemini());
        store.close();
        try (ClaimStore again = ClaimStore.open(dir.resolve("db"))) {
            assertThat(again.sources()).hasSize(1);
            assertThat(again.put(Fixtures.gemini().document().name(), Hashes.sha256(Fixtures.GEMINI_TEXT),
                    Fixtures.VERSION, mapper.map(Fixtures.gemini(), Fixtures.VERSION)))
                    .isEqualTo(IngestOutcome.SKIPPED);
        }
        store = ClaimStore.open(dir.resolve("db"));
    }

    private IngestOutcome put(ExtractionResult result) {
        DocumentGraph document = document(result);
        return store.put(document.sourceName(), document.contentHash(), document.extractorVersion(), document.graph());
    }

    private DocumentGraph document(ExtractionResult result) {
        String hash = Hashes.sha256(result.document().text());
        return new DocumentGraph(result.document().name(), hash, Fixtures.VERSION,
                mapper.map(result, hash, Fixtures.VERSION));
    }

    private Set<Quad> quads() {
        return store.read(ds -> {
            Set<Quad> all = new HashSet<>();
            ds.asDatasetGraph().find().forEachRemaining(all::add);
            return all;
        });
    }
}
