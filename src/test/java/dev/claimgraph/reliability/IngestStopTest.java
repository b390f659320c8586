package dev.claimgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.store.ClaimStore;
import dev.claimgraph.store.FileResult;
import dev.claimgraph.store.IngestOptions;
import dev.claimgraph.store.IngestPipeline;
import dev.claimgraph.store.IngestReport;
import dev.claimgraph.store.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pipeline asked to stop commits the batch it holds, takes no further file and says what it did. */
class IngestStopTest {

    @TempDir
    Path dir;

    @Test
    void stopsAfterTheBatchInProgress() throws Exception {
        Map<String, Path> files = GeneratedCorpus.write(dir.resolve("corpus"), 30);
        AtomicInteger written = new AtomicInteger();
        AtomicInteger reported = new AtomicInteger();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(int done, int total) {
                written.set(done);
            }

            @Override
            public void fileDone(FileResult result, int done, int total) {
                reported.set(done);
            }
        };
        try (ClaimStore store = ClaimStore.open(dir.resolve("db"), StoreChecks.MAPPER.reference())) {
            IngestPipeline pipeline = new IngestPipeline(store, StoreChecks.EXTRACTOR, StoreChecks.MAPPER,
                    new IngestOptions(4, 2));
            // Asked to stop once the first batch is written, as a signal arriving then would: what is
            // written is committed and reported, the rest is left for the next run.
            IngestReport report = pipeline.run(List.of(dir.resolve("corpus")), listener, () -> written.get() > 0);

            assertThat(report.files()).hasSizeBetween(4, 29);
            assertThat(report.files()).hasSize(reported.get());
            assertThat(report.succeeded()).isTrue();
            assertThat(StoreChecks.assertWholeDocuments(store, files)).isEqualTo(report.files().size());
            assertThat(store.sources()).extracting(s -> s.fileName())
                    .containsExactlyInAnyOrderElementsOf(report.files().stream().map(FileResult::document).toList());
        }
    }
}
