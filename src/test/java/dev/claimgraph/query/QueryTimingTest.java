package dev.claimgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.store.ClaimStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryTimingTest {

    @TempDir
    Path dir;

    /** Checks the timing utility runs every query; set -Dclaimgraph.timing.runs=N for real numbers. */
    @Test
    void timesEveryNamedQuery() {
        int runs = Integer.getInteger("claimgraph.timing.runs", 3);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ClaimStore store = SampleStore.build(dir.resolve("db"), Lexicon.bundled())) {
            QueryTiming.run(store, runs, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        }
        String report = bytes.toString(StandardCharsets.UTF_8);
        System.out.print(report);
        for (NamedQuery query : NamedQuery.values()) {
            assertThat(report).contains(query.id());
        }
    }
}
