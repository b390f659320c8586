package dev.claimgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.rdf.IriMinter;
import dev.claimgraph.store.ClaimStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimServerTest {

    static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    static final String MMLU_5_SHOT = PREFIXES + """
            SELECT ?model ?score ?file WHERE {
              ?claim a cg:ScoreClaim ; cg:model/rdfs:label ?model ; cg:score ?score ;
                     cg:benchmark/rdfs:label "MMLU" ; cg:setting/rdfs:label "5-shot" ;
                     cg:statedIn/cg:fileName ?file .
            } ORDER BY DESC(?score) ?file
            """;

    @TempDir
    static Path dir;

    private static ClaimStore store;
    private static ClaimServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = SampleStore.open(dir.resolve("db"));
        server = ClaimServer.start(store, ServerSettings.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void bindsToLoopbackOnAFreePort() {
        assertThat(server.port()).isPositive();
        assertThat(server.pageUri()).hasToString("http://127.0.0.1:" + server.port() + "/");
        assertThat(server.sparqlUri()).hasToString("http://127.0.0.1:" + server.port() + "/claims/sparql");
    }

    @Test
    void remoteConnectionSeesTheUnionOfDocumentGraphs() {
        List<String> rows = new ArrayList<>();
        try (RDFConnection conn = RDFConnectionRemote.service(server.datasetUri().toString()).build()) {
            conn.querySelect(MMLU_5_SHOT, row -> rows.add(row(row)));
        }
        assertThat(rows.get(0)).isEqualTo("GPT-4 86.4 gemini-2023.txt");
        assertThat(rows).contains("GPT-4 86.4 gpt4-2023.txt", "Llama 2 70B 69.9 mixtral-2024.md",
                "Llama 2 70B 68.9 llama2-2023.txt");
        try (RDFConnection conn = RDFConnectionRemote.service(server.datasetUri().toString()).build()) {
            long inDefault = count(conn, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
            long inNamed = count(conn, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }");
            assertThat(inDefault).isPositive().isEqualTo(inNamed);
        }
    }

    private static long count(RDFConnection conn, String query) {
        long[] n = new long[1];
        conn.querySelect(query, row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    @Test
    void sparqlEndpointAnswersJson() throws Exception {
        for (String endpoint : List.of("sparql", "query")) {
            HttpResponse<String> response = post(endpoint, "application/x-www-form-urlencoded",
                    "query=" + URLEncoder.encode(MMLU_5_SHOT, StandardCharsets.UTF_8),
                    "application/sparql-results+json");
            assertThat(response.statusCode()).as(endpoint).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/sparql-results+json"));
            assertThat(response.body()).contains("\"GPT-4\"", "\"86.4\"");
        }
        HttpResponse<String> get = get("/claims/sparql?query=" + URLEncoder.encode(
                "ASK { ?c a <https://w3id.org/claimgraph#ScoreClaim> }", StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).contains("\"boolean\"", "true");
    }

    @Test
    void updatesAreRefusedWhenReadOnly() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:x:test> { <urn:x:s> <urn:x:p> 1 } }";
        for (String endpoint : List.of("update", "sparql", "")) {
            HttpResponse<String> response = post(endpoint, "application/sparql-update", update, "*/*");
            assertThat(response.statusCode()).as(endpoint).isBetween(400, 499);
            HttpResponse<String> form = post(endpoint, "application/x-www-form-urlencoded",
                    "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8), "*/*");
            assertThat(form.statusCode()).as(endpoint).isBetween(400, 499);
        }
        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/claims/data?graph=urn:x:test"))
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 ."))
                .header("Content-Type", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isBetween(400, 499);
        boolean stored = store.read(ds -> ds.containsNamedModel("urn:x:test"));
        assertThat(stored).isFalse();
    }

    @Test
    void graphStoreReturnsADocumentGraphAsTurtle() throws Exception {
        String graph = IriMinter.source("gpt4-2023.txt").getURI();
        for (String endpoint : List.of("get", "data")) {
            HttpResponse<String> response = get("/claims/" + endpoint + "?graph="
                    + URLEncoder.encode(graph, StandardCharsets.UTF_8), "text/turtle");
            assertThat(response.statusCode()).as(endpoint).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/turtle"));
            Graph parsed = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
            assertThat(parsed.size()).isPositive();
            assertThat(response.body()).contains("gpt4-2023.txt");
        }
    }

    @Test
    void servesThePage() throws Exception {
        HttpResponse<String> page = get("/", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<script", "app.js");
        HttpResponse<String> js = get("/app.js", "*/*");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/javascript"));
        assertThat(get("/style.css", "*/*").statusCode()).isEqualTo(200);
        assertThat(get("/queries/scores.rq", "*/*").body()).contains("cg:ScoreClaim");
        assertThat(get("/missing.js", "*/*").statusCode()).isEqualTo(404);
        assertThat(get("/../pom.xml", "*/*").statusCode()).isBetween(400, 404);
        assertThat(get("/queries/", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void rowsAreCappedAndTheTimeoutApplies() throws Exception {
        try (ClaimServer capped = ClaimServer.start(store,
                ServerSettings.defaults().withPort(0).withMaxRows(3).withTimeout(Duration.ofMillis(300)))) {
            List<String> rows = new ArrayList<>();
            try (RDFConnection conn = RDFConnectionRemote.service(capped.datasetUri().toString()).build()) {
                conn.querySelect(MMLU_5_SHOT, row -> rows.add(row(row)));
            }
            assertThat(rows).hasSize(3);
            // Four nested copies of every triple: far more work than 300 ms allow.
            String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    capped.sparqlUri().resolve("sparql?query=" + URLEncoder.encode(slow, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(503);
        }
    }

    private static String row(QuerySolution row) {
        return row.getLiteral("model").getLexicalForm() + " "
                + new BigDecimal(row.getLiteral("score").getLexicalForm()).toPlainString() + " "
                + row.getLiteral("file").getLexicalForm();
    }

    private URI uri(String path) {
        return server.pageUri().resolve(path.substring(1));
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.pageUri().resolve(path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String endpoint, String contentType, String body, String accept)
            throws IOException, InterruptedException {
        URI target = endpoint.isEmpty() ? server.datasetUri() : server.datasetUri().resolve("claims/" + endpoint);
        // A fresh client per request: Jetty may close the connection after refusing a request whose
        // body it did not read, and a pooled connection could then be reused after it closed.
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(target)
                .header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
