package dev.claimgraph.server;

import dev.claimgraph.extract.Extractor;
import dev.claimgraph.extract.ExtractionResult;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.rdf.ClaimGraphMapper;
import dev.claimgraph.rdf.Hashes;
import dev.claimgraph.source.Document;
import dev.claimgraph.source.SourceReader;
import dev.claimgraph.store.ClaimStore;
import dev.claimgraph.store.DocumentGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A store holding the sample summaries of data/summaries, as the ingest command would write it. */
final class SampleStore {

    static final Path SUMMARIES = Path.of("data", "summaries");

    private SampleStore() {}

    static ClaimStore open(Path folder) {
        Lexicon lexicon = Lexicon.bundled();
        Extractor extractor = new Extractor(lexicon);
        ClaimGraphMapper mapper = new ClaimGraphMapper(lexicon);
        ClaimStore store = ClaimStore.open(folder, mapper.reference());
        List<DocumentGraph> documents = new ArrayList<>();
        for (Path file : files()) {
            try {
                Document doc = new SourceReader().read(file);
                ExtractionResult result = extractor.extract(doc);
                String hash = Hashes.sha256(doc.text());
                documents.add(new DocumentGraph(doc.name(), hash, Extractor.VERSION,
                        mapper.map(result, hash, Extractor.VERSION)));
            } catch (Exception e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
            }
        }
        store.putAll(documents);
        return store;
    }

    private static List<Path> files() {
        try (Stream<Path> files = Files.list(SUMMARIES)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
