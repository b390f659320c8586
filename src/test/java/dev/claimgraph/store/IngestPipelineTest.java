package dev.claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.extract.Extractor;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.rdf.ClaimGraphMapper;
import dev.claimgraph.rdf.IriMinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestPipelineTest {

    private static Lexicon lexicon;
    private static Extractor extractor;
    private static ClaimGraphMapper mapper;

    @TempDir
    Path dir;

    private Path corpus;
    private ClaimStore store;

    @BeforeAll
    static void lexicon() {
        lexicon = Lexicon.bundled();
        extractor = new Extractor(lexicon);
        mapper = new ClaimGraphMapper(lexicon);
    }

    @BeforeEach
    void setUp() throws IOException {
        corpus = copySummaries(dir.resolve("summaries"));
        store = ClaimStore.open(dir.resolve("db"), mapper.reference());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void addsThenSkipsUnchangedFilesThenReplacesAChangedOne() throws IOException {
        IngestReport first = ingest(IngestOptions.defaults(), corpus);
        assertThat(first.files()).hasSize(8).allMatch(f -> f.status() == FileStatus.ADDED);
        assertThat(first.quadsWritten()).isPositive();
        assertThat(store.sources()).hasSize(8);
        Set<Quad> before = quads();

        IngestReport second = ingest(IngestOptions.defaults(), corpus);
        assertThat(second.files()).hasSize(8).allMatch(f -> f.status() == FileStatus.SKIPPED);
        assertThat(second.quadsWritten()).isZero();
        assertThat(quads()).isEqualTo(before);

        Path gpt4 = corpus.resolve("gpt4-2023.txt");
        Files.writeString(gpt4, Files.readString(gpt4) + "\nGPT-4 scores 95.3 on HellaSwag (10-shot).\n");
        IngestReport third = ingest(IngestOptions.defaults(), corpus);
        assertThat(third.replaced()).isEqualTo(1);
        assertThat(third.skipped()).isEqualTo(7);
        assertThat(third.files()).filteredOn(f -> f.status() == FileStatus.REPLACED)
                .singleElement().satisfies(f -> assertThat(f.document()).isEqualTo("gpt4-2023.txt"));
        assertThat(quads()).isNotEqualTo(before);
    }

    @Test
    void badFilesFailAloneAndLeaveNothingInTheStore() throws IOException {
        Files.write(corpus.resolve("bad-utf8.txt"), new byte[] {'G', 'P', 'T', '-', '4', ' ', (byte) 0xC3, 0x28, '\n'});
        Files.writeString(corpus.resolve("broken.json"), "{\"title\": \"Broken\", \"results\": [", StandardCharsets.UTF_8);

        IngestReport report = ingest(IngestOptions.defaults(), corpus);

        assertThat(report.added()).isEqualTo(8);
        assertThat(report.failed()).isEqualTo(2);
        assertThat(report.succeeded()).isFalse();
        assertThat(report.failures()).extracting(IngestFailure::message)
                .anySatisfy(m -> assertThat(m).startsWith("bad-utf8.txt").doesNotContain("\n"))
                .anySatisfy(m -> assertThat(m).startsWith("broken.json").doesNotContain("\n"));
        assertThat(store.source("bad-utf8.txt")).isEmpty();
        assertThat(store.source("broken.json")).isEmpty();
        for (String name : List.of("bad-utf8.txt", "broken.json")) {
            Node graph = IriMinter.source(name);
            assertThat(quads()).noneMatch(q -> q.getGraph().equals(graph) || q.getSubject().equals(graph)
                    || q.getObject().equals(graph));
        }
    }

    @Test
    void aSecondFileWithTheSameNameFails() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.copy(corpus.resolve("gpt4-2023.txt"), other.resolve("gpt4-2023.txt"));

        IngestReport report = ingest(IngestOptions.defaults(), corpus, other);

        assertThat(report.added()).isEqualTo(8);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(other.resolve("gpt4-2023.txt"));
            assertThat(f.message()).contains("duplicate document name gpt4-2023.txt")
                    .contains("already ingested from " + corpus.resolve("gpt4-2023.txt"));
        });
    }

    @Test
    void smallBatchesOnManyThreadsStoreTheSameQuads() throws IOException {
        ingest(new IngestOptions(200, 1), corpus);
        Set<Quad> oneBatch = quads();
        store.close();
        store = ClaimStore.open(dir.resolve("db2"), mapper.reference());

        List<FileResult> events = new java.util.ArrayList<>();
        IngestReport report = new IngestPipeline(store, extractor, mapper, new IngestOptions(3, 4))
                .run(List.of(corpus), new ProgressListener() {
                    @Override
                    public void fileDone(FileResult result, int done, int total) {
                        assertThat(total).isEqualTo(8);
                        assertThat(done).isEqualTo(events.size() + 1);
                        events.add(result);
                    }
                });

        assertThat(quads()).isEqualTo(oneBatch);
        assertThat(events).isEqualTo(report.files());
        assertThat(report.files()).extracting(FileResult::document).isSorted();
    }

    @Test
    void walksFoldersInOrderAndLeavesOutHiddenAndForeignFiles() throws IOException {
        Files.writeString(corpus.resolve(".hidden.txt"), "GPT-4 scores 86.4 on MMLU.");
        Files.writeString(corpus.resolve("paper.pdf"), "%PDF");
        Path nested = Files.createDirectories(corpus.resolve("nested"));
        Files.writeString(nested.resolve("extra.md"), "# Notes\n\nGPT-4 scores 86.4% on MMLU (5-shot).\n");

        List<Path> files;
        try (Stream<Path> stream = SourceFiles.stream(List.of(corpus))) {
            files = stream.toList();
        }

        assertThat(files).hasSize(9).extracting(p -> p.getFileName().toString())
                .doesNotContain(".hidden.txt", "paper.pdf").contains("extra.md");
        assertThat(files).isSorted();
        assertThat(SourceFiles.count(List.of(corpus))).isEqualTo(9);
    }

    @Test
    void aFailedWriteLosesEveryDocumentSinceTheLastCommitAndReportsThem() {
        DocumentSink real = DocumentSink.of(store);
        DocumentSink failingSecondBatch = new DocumentSink() {
            private int batches;

            @Override
            public List<StoredSource> sources() {
                return real.sources();
            }

            @Override
            public List<IngestOutcome> putAll(java.util.Collection<DocumentGraph> documents) {
                if (++batches == 2) {
                    // As a full disk would, after the batch was partly written.
                    real.putAll(List.of(documents.iterator().next()));
                    throw new IllegalStateException("No space left on device");
                }
                return real.putAll(documents);
            }

            @Override
            public boolean defersWrites() {
                return true;
            }

            @Override
            public void commit() {
                real.commit();
            }

            @Override
            public void abort() {
                real.abort();
            }

            @Override
            public void finish() {
                real.finish();
            }
        };
        IngestReport report = new IngestPipeline(failingSecondBatch, extractor, mapper,
                new dev.claimgraph.source.SourceReader(), new IngestOptions(2, 1, 100))
                .run(List.of(corpus), ProgressListener.NONE);

        List<FileResult> files = report.files();
        assertThat(files).hasSize(8);
        assertThat(files.subList(0, 4)).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(FileStatus.FAILED);
            assertThat(f.message()).contains("not stored").contains("No space left on device");
        });
        assertThat(files.subList(4, 8)).allMatch(f -> f.status() == FileStatus.ADDED);
        assertThat(store.sources()).extracting(StoredSource::fileName)
                .containsExactlyInAnyOrderElementsOf(files.subList(4, 8).stream().map(FileResult::document).toList());
        assertThat(report.quadsWritten()).isEqualTo(files.subList(4, 8).stream().mapToLong(FileResult::quads).sum());
        assertThat(store.scoreTableCurrent()).isTrue();
    }

    @Test
    void documentsPerCommitDoesNotChangeWhatIsStored() {
        ingest(new IngestOptions(2, 2, 1), corpus);
        Set<Quad> everyBatch = quads();
        store.close();
        store = ClaimStore.open(dir.resolve("db3"), mapper.reference());
        ingest(new IngestOptions(2, 2, 1000), corpus);
        assertThat(quads()).isEqualTo(everyBatch);
    }

    private IngestReport ingest(IngestOptions options, Path... paths) {
        return new IngestPipeline(store, extractor, mapper, options).run(List.of(paths), ProgressListener.NONE);
    }

    private Set<Quad> quads() {
        return store.read(ds -> {
            Set<Quad> quads = new java.util.HashSet<>();
            ds.asDatasetGraph().find().forEachRemaining(quads::add);
            return quads;
        });
    }

    static Path copySummaries(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(Path.of("data/summaries"))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }
}
