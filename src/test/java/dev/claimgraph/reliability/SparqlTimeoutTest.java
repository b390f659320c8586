package dev.claimgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ad-hoc query that runs too long is cancelled with one line and exit code 1. */
class SparqlTimeoutTest {

    @TempDir
    Path dir;

    @Test
    void aSlowQueryStopsAtItsTimeout() throws Exception {
        Path db = dir.resolve("db");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> files = Files.list(Path.of("data/summaries"))) {
            for (Path file : files.toList()) {
                Files.copy(file, corpus.resolve(file.getFileName()));
            }
        }
        assertThat(CliRun.of("ingest", "-q", "--db", db.toString(), corpus.toString()).exitCode()).isZero();
        // Thousands of triples cubed: hours of work unless something stops it.
        String cartesian = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

        long start = System.nanoTime();
        CliRun run = CliRun.of("sparql", "--db", db.toString(), "--timeout", "1", cartesian);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .isEqualTo("claimgraph: the query ran past its timeout and was cancelled");
        assertThat(run.out()).isEmpty();
        assertThat(took).isLessThan(Duration.ofSeconds(15));
    }
}
