package dev.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.server.ClaimServer;
import dev.claimgraph.server.ServerSettings;
import dev.claimgraph.rdf.CG;
import dev.claimgraph.store.ClaimStore;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands against embedded Fuseki servers give what they give against a local store. */
class RemoteCommandsTest {

    static final String SUMMARIES = "data/summaries";

    @TempDir
    static Path dir;

    static String local;
    static ClaimStore targetStore;
    static ClaimServer target;
    static ClaimStore readOnlyStore;
    static ClaimServer readOnly;
    static String endpoint;
    static Cli remoteIngest;

    @BeforeAll
    static void ingestBothWays() {
        targetStore = ClaimStore.open(dir.resolve("target"));
        target = ClaimServer.start(targetStore, ServerSettings.defaults().withPort(0).withAllowUpdate(true));
        readOnlyStore = ClaimStore.open(dir.resolve("read-only"));
        readOnly = ClaimServer.start(readOnlyStore, ServerSettings.defaults().withPort(0));
        endpoint = target.datasetUri().toString();

        local = dir.resolve("local").toString();
        assertThat(Cli.main("ingest", "--db", local, "--quiet", SUMMARIES).exitCode()).isZero();
        remoteIngest = Cli.main("ingest", "--endpoint", endpoint, SUMMARIES);
    }

    @AfterAll
    static void stop() {
        target.close();
        targetStore.close();
        readOnly.close();
        readOnlyStore.close();
    }

    @Test
    void remoteIngestWritesTheGraphsALocalIngestWrites() {
        assertThat(remoteIngest.exitCode()).as(remoteIngest.err()).isZero();
        assertThat(remoteIngest.out()).contains("Ingested 8 files into " + endpoint,
                "8 added, 0 replaced, 0 skipped, 0 failed");
        try (ClaimStore store = ClaimStore.open(Path.of(local))) {
            // The score table is what a local ingest derives; over plain SPARQL, readers summarise instead.
            DatasetGraph documents = copy(store);
            assertThat(documents.containsGraph(CG.SCORE_TABLE_GRAPH)).isTrue();
            documents.removeGraph(CG.SCORE_TABLE_GRAPH);
            assertSameGraphs(copy(targetStore), documents);
        }
    }

    @Test
    void aSecondRemoteIngestSkipsEverythingAndChangesNothing() {
        DatasetGraph before = copy(targetStore);
        Cli again = Cli.main("ingest", "--endpoint", endpoint, SUMMARIES);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 added, 0 replaced, 8 skipped, 0 failed (0 quads written)");
        assertSameGraphs(copy(targetStore), before);
    }

    @Test
    void sparqlGivesTheSameRowsRemotely() {
        String query = """
                SELECT ?model ?benchmark ?score ?file WHERE {
                  ?c a cg:ScoreClaim ; cg:model/rdfs:label ?model ; cg:benchmark/rdfs:label ?benchmark ;
                     cg:score ?score ; cg:statedIn/cg:fileName ?file .
                } ORDER BY ?model ?benchmark ?score ?file""";
        Cli here = Cli.main("sparql", "--db", local, "--format", "csv", query);
        Cli there = Cli.main("sparql", "--endpoint", endpoint, "--format", "csv", query);
        assertThat(there.exitCode()).as(there.err()).isZero();
        assertThat(there.out()).isEqualTo(here.out());
        assertThat(here.out().lines().count()).isGreaterThan(20);

        Cli ask = Cli.main("sparql", "--endpoint", endpoint, "ASK { ?c a cg:ComparisonClaim }");
        assertThat(ask.out().strip()).isEqualTo("true");
    }

    @Test
    void namedQueriesGiveTheSameRowsRemotely() {
        String[] args = {"leaderboard", "--benchmark", "MMLU", "--setting", "5-shot", "--format", "csv"};
        Cli here = Cli.main(concat(new String[] {"query", "--db", local}, args));
        Cli there = Cli.main(concat(new String[] {"query", "--endpoint", endpoint}, args));
        assertThat(there.exitCode()).as(there.err()).isZero();
        assertThat(there.out()).isEqualTo(here.out()).contains("GPT-4");
    }

    @Test
    void exportGivesTheSameQuadsRemotely() {
        Cli here = Cli.main("export", "--db", local, "--format", "trig");
        Cli there = Cli.main("export", "--endpoint", endpoint, "--format", "trig");
        assertThat(there.exitCode()).as(there.err()).isZero();
        assertSameGraphs(parse(there.out(), Lang.TRIG), parse(here.out(), Lang.TRIG));

        Cli nq = Cli.main("export", "--endpoint", endpoint, "--format", "nq");
        assertSameGraphs(parse(nq.out(), Lang.NQUADS), parse(here.out(), Lang.TRIG));
    }

    @Test
    void exportOfTheUnionOneSourceOrOneModelMatchesLocally() {
        for (String[] selection : List.of(new String[] {"--format", "ttl"},
                new String[] {"--format", "ttl", "--source", "palm2-2023.json"},
                new String[] {"--format", "trig", "--model", "llama 2 70b"})) {
            Cli here = Cli.main(concat(new String[] {"export", "--db", local}, selection));
            Cli there = Cli.main(concat(new String[] {"export", "--endpoint", endpoint}, selection));
            assertThat(there.exitCode()).as(String.join(" ", selection) + ": " + there.err()).isZero();
            Lang lang = selection[1].equals("ttl") ? Lang.TURTLE : Lang.TRIG;
            assertSameGraphs(parse(there.out(), lang), parse(here.out(), lang));
        }
        Cli none = Cli.main("export", "--endpoint", endpoint, "--format", "ttl", "--source", "nowhere.txt");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err().strip()).isEqualTo("claimgraph: no source named nowhere.txt in " + endpoint);
    }

    @Test
    void anEndpointThatRefusesConnectionsIsOneLineNamingIt() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String nowhere = "http://127.0.0.1:" + port + "/claims";
        for (String[] args : List.of(new String[] {"sparql", "--endpoint", nowhere, "ASK {}"},
                new String[] {"export", "--endpoint", nowhere, "--format", "trig"},
                new String[] {"ingest", "--endpoint", nowhere, SUMMARIES})) {
            Cli run = Cli.main(args);
            assertThat(run.exitCode()).as(args[0]).isEqualTo(1);
            assertThat(run.err().lines().toList()).as(args[0]).singleElement().asString()
                    .startsWith("claimgraph: " + nowhere + ": cannot ").endsWith("connection refused");
        }
    }

    @Test
    void aReadOnlyServerRefusesTheIngestClearly() {
        String url = readOnly.datasetUri().toString();
        Cli run = Cli.main("ingest", "--endpoint", url, SUMMARIES);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("claimgraph: " + url + ": cannot PUT graph <")
                .contains("HTTP 405", "refuses writes");
        assertThat(copy(readOnlyStore).listGraphNodes().hasNext()).isFalse();
    }

    @Test
    void dbAndEndpointAreExclusive() {
        Cli run = Cli.main("sparql", "--db", local, "--endpoint", endpoint, "ASK {}");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("mutually exclusive");
        Cli ftp = Cli.main("export", "--endpoint", "ftp://example.org/claims", "--format", "ttl");
        assertThat(ftp.exitCode()).isEqualTo(2);
        assertThat(ftp.err()).contains("not an http(s) URL");
    }

    private static DatasetGraph copy(ClaimStore store) {
        return store.read(ds -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            ds.asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static DatasetGraph parse(String text, Lang lang) {
        return RDFParser.fromString(text, lang).toDatasetGraph();
    }

    /** Same graph names, and each graph the same up to blank node labels. */
    private static void assertSameGraphs(DatasetGraph actual, DatasetGraph expected) {
        assertThat(expected.isEmpty()).as("nothing to compare").isFalse();
        assertThat(names(actual)).isEqualTo(names(expected));
        for (Node name : names(expected)) {
            assertThat(actual.getGraph(name).isIsomorphicWith(expected.getGraph(name)))
                    .as("graph <%s>", name.getURI()).isTrue();
        }
        Graph defaultGraph = GraphMemFactory.createDefaultGraph();
        expected.getDefaultGraph().find().forEachRemaining(defaultGraph::add);
        assertThat(actual.getDefaultGraph().isIsomorphicWith(defaultGraph)).as("default graph").isTrue();
    }

    private static Set<Node> names(DatasetGraph dsg) {
        Set<Node> names = new HashSet<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        return names;
    }

    private static String[] concat(String[] head, String[] tail) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }
}
