package dev.claimgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.cli.ClaimGraphCommand;
import dev.claimgraph.store.ClaimStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ingest killed at any moment leaves a store that opens, validates and holds whole documents. */
class CrashSafetyTest {

    private static final int FILES = 400;
    private static final Pattern PROGRESS = Pattern.compile("^ingest: (\\d+)/(\\d+) files");

    @TempDir
    Path dir;

    private Map<String, Path> files;
    private Path db;

    @BeforeEach
    void setUp() throws Exception {
        files = GeneratedCorpus.write(dir.resolve("corpus"), FILES);
        db = dir.resolve("db");
    }

    @Test
    void sigkillMidIngestLeavesWholeDocumentsOnly() throws Exception {
        try (ChildProcess child = startIngest()) {
            assertThat(child.awaitLine(CrashSafetyTest::someDone, Duration.ofSeconds(40)))
                    .as("a progress line with committed files").isPresent();
            child.process().destroyForcibly();
            assertThat(child.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
        }

        try (ClaimStore store = ClaimStore.open(db)) {
            int documents = StoreChecks.assertWholeDocuments(store, files);
            assertThat(documents).isPositive().isLessThan(FILES);
            StoreChecks.assertSound(store);
        }
    }

    @Test
    void sigtermStopsAfterTheBatchInProgressAndExits143() throws Exception {
        List<String> output;
        int exit;
        try (ChildProcess child = startIngest()) {
            assertThat(child.awaitLine(CrashSafetyTest::someDone, Duration.ofSeconds(40))).isPresent();
            long signalled = System.nanoTime();
            child.process().destroy();
            assertThat(child.process().waitFor(10, TimeUnit.SECONDS)).as("exits within 10 s of SIGTERM").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - signalled)).isLessThan(Duration.ofSeconds(10));
            output = child.output(Duration.ofSeconds(5));
            exit = child.process().exitValue();
        }

        assertThat(exit).as(String.join("\n", output)).isEqualTo(143);
        String stopped = output.stream().filter(l -> l.contains("stopped after")).findFirst()
                .orElseThrow(() -> new AssertionError("no stop line in:\n" + String.join("\n", output)));
        Matcher m = Pattern.compile("stopped after (\\d+) files").matcher(stopped);
        assertThat(m.find()).isTrue();
        int done = Integer.parseInt(m.group(1));
        assertThat(done).isPositive().isLessThan(FILES);
        try (ClaimStore store = ClaimStore.open(db)) {
            assertThat(StoreChecks.assertWholeDocuments(store, files)).isEqualTo(done);
            StoreChecks.assertSound(store);
        }
    }

    private ChildProcess startIngest() throws Exception {
        return ChildProcess.start(ClaimGraphCommand.class, List.of("ingest", "--db", db.toString(), "--batch", "20", "--commit-every", "20",
                dir.resolve("corpus").toString()), dir.resolve("child.log"));
    }

    private static boolean someDone(String line) {
        Matcher m = PROGRESS.matcher(line);
        return m.find() && Integer.parseInt(m.group(1)) > 0;
    }
}
