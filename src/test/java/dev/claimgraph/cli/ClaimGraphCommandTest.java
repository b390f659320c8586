package dev.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimgraph.rdf.CG;
import dev.claimgraph.store.ClaimStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimGraphCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One store ingested once from data/summaries, shared by the tests that only read it. */
    @TempDir
    static Path shared;

    private static String db;
    private static Cli ingest;

    @TempDir
    Path dir;

    @BeforeAll
    static void ingestSummaries() {
        db = shared.resolve("db").toString();
        ingest = Cli.run("ingest", "--db", db, "data/summaries");
    }

    @Test
    void ingestSummarisesAndReportsSourcesThatDisagree() {
        assertThat(ingest.exitCode()).isZero();
        assertThat(ingest.out())
                .contains("8 added, 0 replaced, 0 skipped, 0 failed")
                .contains("Models with the most scores:")
                .contains("Sources that disagree on a score:");
        String line = ingest.out().lines().filter(l -> l.contains("Llama 2 70B") && l.contains("vs "))
                .findFirst().orElseThrow();
        assertThat(line).contains("MMLU").contains("5-shot")
                .contains("68.9 in llama2-2023.txt").contains("69.9 in mixtral-2024.md");
        assertThat(ingest.err()).contains("ingest: 8/8 files (100%)");
    }

    @Test
    void ingestAgainSkipsEverythingAndQuietPrintsNothing() {
        Cli again = Cli.run("ingest", "--db", db, "--quiet", "data/summaries");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).isEmpty();
    }

    @Test
    void ingestOfABadFileExitsWithOneAndStoresTheRest() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("data/summaries/gpt4-2023.txt"), corpus.resolve("gpt4-2023.txt"));
        Files.write(corpus.resolve("bad.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'x'});

        Cli run = Cli.run("ingest", "--db", dir.resolve("db").toString(), "--threads", "2", "--batch", "1",
                corpus.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("1 added, 0 replaced, 0 skipped, 1 failed");
        assertThat(run.err()).contains("claimgraph: bad.txt").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void extractWritesOneJsonFilePerInput() throws IOException {
        Path out = dir.resolve("json");
        Cli run = Cli.run("extract", "--out", out.toString(), "data/summaries/gemini-2023.txt",
                "data/summaries/palm2-2023.json");

        assertThat(run.exitCode()).isZero();
        JsonNode gemini = JSON.readTree(out.resolve("gemini-2023.txt.json").toFile());
        assertThat(gemini.get("document").asText()).isEqualTo("gemini-2023.txt");
        assertThat(gemini.get("results")).isNotEmpty();
        assertThat(out.resolve("palm2-2023.json.json")).exists();
    }

    @Test
    void extractPrintsAnObjectForOneFileAndAnArrayForSeveral() throws IOException {
        Cli one = Cli.run("extract", "data/summaries/gpt4-2023.txt");
        assertThat(JSON.readTree(one.out()).get("document").asText()).isEqualTo("gpt4-2023.txt");

        Cli all = Cli.run("extract", "data/summaries");
        JsonNode array = JSON.readTree(all.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(8);
    }

    @Test
    void extractNamesABadFileAndWritesTheOthers() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("data/summaries/gpt4-2023.txt"), in.resolve("gpt4-2023.txt"));
        Files.writeString(in.resolve("broken.json"), "{\"title\": ", StandardCharsets.UTF_8);
        Path out = dir.resolve("json");

        Cli run = Cli.run("extract", "--out", out.toString(), in.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith("claimgraph: broken.json");
        assertThat(out.resolve("gpt4-2023.txt.json")).exists();
        assertThat(out.resolve("broken.json.json")).doesNotExist();
    }

    @Test
    void sparqlPrintsTablesJsonAndCsv() throws IOException {
        String query = "SELECT DISTINCT ?model WHERE { ?c a cg:ScoreClaim ; cg:model/rdfs:label ?model ;"
                + " cg:benchmark/rdfs:label \"MMLU\" ; cg:score 68.9 } ";

        Cli table = Cli.run("sparql", "--db", db, query);
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("| model").contains("| \"Llama 2 70B\" |");

        Cli json = Cli.run("sparql", "--db", db, "--format", "json", query);
        JsonNode results = JSON.readTree(json.out());
        assertThat(results.at("/head/vars/0").asText()).isEqualTo("model");
        assertThat(results.at("/results/bindings/0/model/value").asText()).isEqualTo("Llama 2 70B");

        Cli csv = Cli.run("sparql", "--db", db, "--format", "csv", query);
        assertThat(csv.out().lines()).containsExactly("model", "Llama 2 70B");

        Cli ask = Cli.run("sparql", "--db", db, "ASK { ?c a cg:ComparisonClaim }");
        assertThat(ask.out().strip()).isEqualTo("true");
    }

    @Test
    void sparqlReadsAQueryFile() throws IOException {
        Path file = dir.resolve("count.rq");
        Files.writeString(file, "SELECT (COUNT(DISTINCT ?s) AS ?n)\nWHERE { ?s a cg:Source }\n");
        Cli run = Cli.main("sparql", "--db", db, "--format", "tsv", "@" + file);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly("?n", "8");
    }

    @Test
    void aBadQueryIsOneLineWithJenasMessageAndExitCodeTwo() {
        Cli run = Cli.run("sparql", "--db", db, "SELECT ?x WHERE { ?x ?y }");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("claimgraph sparql: bad query:").contains("line 1");
    }

    @Test
    void turtleExportParsesBackToTheUnionGraph() throws IOException {
        Path file = dir.resolve("all.ttl");
        assertThat(Cli.run("export", "--db", db, "--format", "ttl", "--out", file.toString()).exitCode()).isZero();

        Graph parsed = RDFParser.source(file).lang(Lang.TURTLE).toGraph();

        try (ClaimStore store = ClaimStore.open(Path.of(db))) {
            // Exports leave out the score table, which is derived from the document graphs.
            Set<Triple> union = store.read(ds -> {
                Set<Triple> triples = new HashSet<>();
                ds.asDatasetGraph().find().forEachRemaining(q -> {
                    if (!q.getGraph().equals(CG.SCORE_TABLE_GRAPH)) {
                        triples.add(q.asTriple());
                    }
                });
                return triples;
            });
            assertThat(triples(parsed)).isEqualTo(union);
        }
    }

    @Test
    void trigExportParsesBackToEveryNamedGraph() {
        Cli run = Cli.run("export", "--db", db, "--format", "trig");
        assertThat(run.exitCode()).isZero();

        DatasetGraph parsed = RDFParser.fromString(run.out(), Lang.TRIG).toDatasetGraph();

        try (ClaimStore store = ClaimStore.open(Path.of(db))) {
            Set<Quad> stored = store.read(ds -> {
                Set<Quad> quads = new HashSet<>();
                ds.asDatasetGraph().find().forEachRemaining(quads::add);
                quads.removeIf(q -> q.getGraph().equals(CG.SCORE_TABLE_GRAPH));
                return quads;
            });
            Set<Quad> back = new HashSet<>();
            parsed.find().forEachRemaining(back::add);
            assertThat(back).isEqualTo(stored);
        }
    }

    @Test
    void exportOfOneSourceOrOneModel() {
        Cli source = Cli.run("export", "--db", db, "--format", "nq", "--source", "palm2-2023.json");
        assertThat(source.exitCode()).isZero();
        DatasetGraph palm = RDFParser.fromString(source.out(), Lang.NQUADS).toDatasetGraph();
        List<Node> names = new java.util.ArrayList<>();
        palm.listGraphNodes().forEachRemaining(names::add);
        assertThat(names).extracting(Node::getURI)
                .containsExactly(CG.ID + "source/palm2-2023-json");

        Cli model = Cli.run("export", "--db", db, "--format", "ttl", "--model", "llama 2 70b");
        assertThat(model.exitCode()).isZero();
        Graph claims = RDFParser.fromString(model.out(), Lang.TURTLE).toGraph();
        Node llama = org.apache.jena.graph.NodeFactory.createURI(CG.ID + "model/llama-2-70b");
        assertThat(claims.find(Node.ANY, CG.model, Node.ANY).toList())
                .isNotEmpty()
                .allMatch(t -> t.getObject().equals(llama) || claims.contains(t.getSubject(), CG.object, llama));

        Cli none = Cli.run("export", "--db", db, "--format", "ttl", "--source", "nowhere.txt");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).startsWith("claimgraph: no source named nowhere.txt");
    }

    @Test
    void statsAndValidateOnTheSample() {
        Cli stats = Cli.run("stats", "--db", db);
        assertThat(stats.exitCode()).isZero();
        assertThat(stats.out()).containsPattern("documents\\s+8").contains("scores").contains("benchmarks");

        Cli validate = Cli.run("validate", "--db", db);
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).contains("10 graphs conform to the shapes.");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Cli.run("ingest").exitCode()).isEqualTo(2);
        assertThat(Cli.run("export", "--db", db, "--format", "xml").exitCode()).isEqualTo(2);
        assertThat(Cli.run("no-such-command").exitCode()).isEqualTo(2);
        assertThat(Cli.run().exitCode()).isEqualTo(2);

        Cli main = Cli.main("stats", "--no-such-option");
        assertThat(main.exitCode()).isEqualTo(2);
        assertThat(main.err().lines()).first().asString().isEqualTo("claimgraph stats: Unknown option: '--no-such-option'");
        assertThat(main.err()).contains("Try 'claimgraph stats --help' for usage.").doesNotContain("Usage:");
    }

    @Test
    void aMissingStoreIsOneLine() {
        Cli run = Cli.run("stats", "--db", dir.resolve("nothing").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith("claimgraph: no store at");
    }

    @Test
    void aStoreLockedByAnotherProcessIsOneLineNamingIt() throws Exception {
        Path locked = dir.resolve("locked");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldStore.class.getName(), locked.toString()).redirectErrorStream(true).start();
        try {
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null && !line.equals("ready")) {
                // Log lines of the other process, if any.
            }
            assertThat(line).as("the other process opened the store").isEqualTo("ready");

            Cli run = Cli.run("stats", "--db", locked.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().lines()).singleElement().asString()
                    .isEqualTo("claimgraph: the store " + locked + " is in use by process " + other.pid()
                            + " (close it or choose another --db folder)");

            Cli verbose = Cli.run("stats", "--verbose", "--db", locked.toString());
            assertThat(verbose.err()).contains("\tat ");
        } finally {
            other.getOutputStream().close();
            if (!other.waitFor(20, TimeUnit.SECONDS)) {
                other.destroyForcibly();
            }
        }
    }

    @Test
    void versionNamesTheExtractor() {
        Cli run = Cli.run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("claimgraph ").contains("extractor claimgraph-extractor/");
    }

    @Test
    void evalScoresTheSharedCorpus() {
        Path corpus = sharedCorpus();
        Cli run = Cli.run("eval", "--gold", corpus.toString(), corpus.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^organisation\\s+\\d\\.\\d{3}")
                .containsPattern("(?m)^parameters\\s+").containsPattern("(?m)^results\\s+")
                .containsPattern("(?m)^comparisons\\s+");
        String f1 = run.out().lines().filter(l -> l.startsWith("overall F1 ")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(f1.substring("overall F1 ".length()))).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void evalPrintsWhatScorePyPrints() throws Exception {
        Path corpus = sharedCorpus();
        Path script = corpus.resolveSibling("eval").resolve("score.py");
        assumeTrue(Files.isRegularFile(script), "score.py is not beside the corpus");
        assumeTrue(python3Runs(), "python3 is not installed");
        Path predictions = dir.resolve("pred");
        assertThat(Cli.run("extract", "--out", predictions.toString(), corpus.toString()).exitCode()).isZero();

        Process python = new ProcessBuilder("python3", script.toString(), corpus.toString(), predictions.toString())
                .redirectErrorStream(true).start();
        String expected = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();

        Cli ours = Cli.run("eval", "--gold", corpus.toString(), corpus.toString());
        assertThat(ours.out()).isEqualTo(expected);
    }

    /** CI clones the project beside ../shared; elsewhere the corpus tests are skipped. */
    private static Path sharedCorpus() {
        Path corpus = Path.of("../shared/corpus");
        assumeTrue(Files.isDirectory(corpus), "../shared/corpus is absent");
        return corpus;
    }

    private static boolean python3Runs() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Set<Triple> triples(Graph graph) {
        Set<Triple> triples = new HashSet<>();
        graph.find().forEachRemaining(triples::add);
        return triples;
    }
}
