package dev.claimgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.cli.ServeCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint: +(\\S+)");

    @TempDir
    Path dir;

    @Test
    void servesUntilStoppedAndPrintsItsAddresses() throws Exception {
        Path db = dir.resolve("db");
        SampleStore.open(db).close();
        ServeCommand command = new ServeCommand();
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(command).setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> cli.execute("--db", db.toString(), "--port", "0", "--max-rows", "2"));
        try {
            URI endpoint = awaitEndpoint(out, exit);
            assertThat(out.toString()).contains("Page:            http://127.0.0.1:", "(read-only)");
            String query = "SELECT ?c WHERE { ?c a <https://w3id.org/claimgraph#ScoreClaim> }";
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body().strip().lines()).as("header and two capped rows").hasSize(3);
        } finally {
            command.stop();
        }
        assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void refusesBadOptionsAndAMissingStore() {
        StringWriter err = new StringWriter();
        assertThat(new CommandLine(new ServeCommand()).setErr(new PrintWriter(err, true))
                .execute("--port", "70000")).isEqualTo(2);
        assertThat(new CommandLine(new ServeCommand()).setErr(new PrintWriter(err, true))
                .execute("--db", dir.toString(), "--max-rows", "0")).isEqualTo(2);
        assertThat(new CommandLine(new ServeCommand()).setErr(new PrintWriter(err, true))
                .execute("--db", dir.resolve("absent").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--port", "--max-rows", "No store at");
    }

    private static URI awaitEndpoint(StringWriter out, CompletableFuture<Integer> exit) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Matcher m = ENDPOINT.matcher(out.toString());
            if (m.find()) {
                return URI.create(m.group(1));
            }
            if (exit.isDone()) {
                throw new AssertionError("serve ended early with " + exit.get() + ": " + out);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no endpoint printed: " + out);
    }
}
