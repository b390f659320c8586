package dev.claimgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.store.ClaimStore;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritableServerTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void updatesAreAcceptedWhenAllowed() throws Exception {
        try (ClaimStore store = SampleStore.open(dir.resolve("db"));
             ClaimServer server = ClaimServer.start(store,
                     ServerSettings.defaults().withPort(0).withAllowUpdate(true))) {
            URI update = server.datasetUri().resolve("claims/update");
            assertThat(post(update, "application/sparql-update",
                    "INSERT DATA { GRAPH <urn:x:a> { <urn:x:s> <urn:x:p> 1 } }")).isBetween(200, 204);
            assertThat(post(server.sparqlUri(), "application/x-www-form-urlencoded", "update="
                    + URLEncoder.encode("INSERT DATA { GRAPH <urn:x:b> { <urn:x:s> <urn:x:p> 2 } }",
                            StandardCharsets.UTF_8))).isBetween(200, 204);
            HttpResponse<Void> put = http.send(HttpRequest.newBuilder(
                    server.datasetUri().resolve("claims/data?graph=urn:x:c"))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 3 .")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(put.statusCode()).isBetween(200, 204);

            long graphs = store.read(ds -> java.util.stream.Stream.of("urn:x:a", "urn:x:b", "urn:x:c")
                    .filter(ds::containsNamedModel).count());
            assertThat(graphs).isEqualTo(3);
        }
    }

    @Test
    void theSharedEndpointStillAnswersQueriesPostedAsABody() throws Exception {
        try (ClaimStore store = SampleStore.open(dir.resolve("db2"));
             ClaimServer server = ClaimServer.start(store,
                     ServerSettings.defaults().withPort(0).withAllowUpdate(true))) {
            assertThat(post(server.sparqlUri(), "application/sparql-query",
                    "ASK { ?claim a <https://w3id.org/claimgraph#ScoreClaim> }")).isEqualTo(200);
        }
    }

    private int post(URI target, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(target).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
