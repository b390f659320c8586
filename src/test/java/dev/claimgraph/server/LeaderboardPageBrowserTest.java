package dev.claimgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.claimgraph.store.ClaimStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the page in headless Chromium and reads the DOM after its scripts ran. */
class LeaderboardPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern ROW = Pattern.compile("<tr[^>]*data-model=\"([^\"]+)\" data-score=\"([^\"]+)\"");

    @TempDir
    static Path dir;

    private static ClaimStore store;
    private static ClaimServer server;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        store = SampleStore.open(dir.resolve("db"));
        server = ClaimServer.start(store, ServerSettings.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
            store.close();
        }
    }

    @Test
    void defaultLeaderboardIsMmluFiveShotWithGpt4First() throws Exception {
        String dom = dumpDom("");
        assertThat(dom).contains("<body data-state=\"ready\"", "<h2 id=\"leaderboard-title\">MMLU, 5-shot</h2>");
        List<String[]> rows = rows(dom);
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0)).containsExactly("GPT-4", "86.4");
        assertThat(rows).extracting(r -> r[0]).contains("Llama 2 70B", "Mixtral 8x7B").doesNotHaveDuplicates();
        assertThat(dom).containsPattern("<tr class=\"conflict\" data-model=\"Llama 2 70B\"");
        assertThat(dom).contains("gpt4-2023.txt", "GPT-4 Technical Report", "class=\"bar top\"", "class=\"sota-line\"");
    }

    @Test
    void modelPageListsScoresAndFacts() throws Exception {
        String dom = dumpDom("#/model/Mixtral%208x7B");
        assertThat(dom).contains("<body data-state=\"ready\"", "<h2 id=\"model-name\">Mixtral 8x7B</h2>",
                "Mistral AI", "47B (13B active)", "32K tokens", "MMLU", "70.6", "mixtral-2024.md",
                "is better than <a href=\"#/model/GPT-3.5\">GPT-3.5</a>");
    }

    private static List<String[]> rows(String dom) {
        List<String[]> rows = new ArrayList<>();
        Matcher m = ROW.matcher(dom);
        while (m.find()) {
            rows.add(new String[] {m.group(1), m.group(2)});
        }
        return rows;
    }

    private static String dumpDom(String fragment) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        Path out = dir.resolve("dom-" + System.nanoTime() + ".html");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--virtual-time-budget=10000", "--dump-dom", server.pageUri() + fragment)
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 60 s");
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
