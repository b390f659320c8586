package dev.claimgraph.query;

import dev.claimgraph.extract.Extractor;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.rdf.ClaimGraphMapper;
import dev.claimgraph.rdf.Hashes;
import dev.claimgraph.source.Document;
import dev.claimgraph.source.SourceException;
import dev.claimgraph.store.ClaimStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Builds a TDB2 store from every summary in data/summaries, as ingest would. */
public final class SampleStore {

    public static final Path SUMMARIES = Path.of("data/summaries");

    private SampleStore() {}

    /** Opens a store in {@code folder} and ingests every sample summary into it, score table included. */
    public static ClaimStore build(Path folder, Lexicon lexicon) {
        ClaimStore store = buildWithoutScoreTable(folder, lexicon);
        store.refreshScoreTable();
        return store;
    }

    /** As {@link #build}, leaving the score table stale, as a stopped ingest does. */
    public static ClaimStore buildWithoutScoreTable(Path folder, Lexicon lexicon) {
        ClaimGraphMapper mapper = new ClaimGraphMapper(lexicon);
        Extractor extractor = new Extractor(lexicon);
        ClaimStore store = ClaimStore.open(folder, mapper.reference());
        for (Path file : files()) {
            try {
                Document doc = new dev.claimgraph.source.SourceReader().read(file);
                String hash = Hashes.sha256(doc.text());
                store.put(doc.name(), hash, Extractor.VERSION,
                        mapper.map(extractor.extract(doc), hash, Extractor.VERSION));
            } catch (SourceException e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
            }
        }
        return store;
    }

    private static List<Path> files() {
        try (Stream<Path> list = Files.list(SUMMARIES)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
