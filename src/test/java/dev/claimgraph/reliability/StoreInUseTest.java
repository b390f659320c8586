package dev.claimgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.cli.HoldStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command that opens a store held by another process says so in one line naming that process. */
class StoreInUseTest {

    @TempDir
    static Path dir;

    private static Path db;
    private static ChildProcess holder;

    @BeforeAll
    static void holdTheStore() throws Exception {
        db = dir.resolve("db");
        Files.writeString(Files.createDirectories(dir.resolve("corpus")).resolve("a.txt"),
                "GPT-4 scores 86.4% on MMLU (5-shot).\n");
        // The holder creates the store: TDB2 keeps a store locked by this JVM once it has opened it here.
        holder = ChildProcess.start(HoldStore.class, List.of(db.toString()), dir.resolve("holder.log"));
        assertThat(holder.awaitLine("ready"::equals, Duration.ofSeconds(30))).as("the other process holds the store")
                .isPresent();
    }

    @AfterAll
    static void release() throws Exception {
        holder.process().getOutputStream().close();
        if (!holder.process().waitFor(20, TimeUnit.SECONDS)) {
            holder.close();
        }
    }

    static List<List<String>> commands() {
        String d = "--db";
        String corpus = dir.resolve("corpus").toString();
        return List.of(
                List.of("ingest", d, db.toString(), corpus),
                List.of("sparql", d, db.toString(), "SELECT * WHERE { ?s ?p ?o } LIMIT 1"),
                List.of("query", "leaderboard", "--benchmark", "MMLU", d, db.toString()),
                List.of("export", "--format", "nq", d, db.toString()),
                List.of("stats", d, db.toString()),
                List.of("validate", d, db.toString()),
                List.of("serve", "--port", "0", d, db.toString()));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void saysTheStoreIsInUseAndByWhom(List<String> args) {
        CliRun run = CliRun.of(args);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.errors()).as(run.err()).singleElement().asString()
                .isEqualTo("claimgraph: the store " + db + " is in use by process " + holder.process().pid()
                        + " (close it or choose another --db folder)");
        assertThat(run.out()).isEmpty();
    }
}
