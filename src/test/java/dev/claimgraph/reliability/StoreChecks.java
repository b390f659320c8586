package dev.claimgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.extract.Extractor;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.rdf.CG;
import dev.claimgraph.rdf.ClaimGraphMapper;
import dev.claimgraph.rdf.Hashes;
import dev.claimgraph.rdf.IriMinter;
import dev.claimgraph.source.Document;
import dev.claimgraph.source.SourceReader;
import dev.claimgraph.store.ClaimStore;
import dev.claimgraph.store.StoredSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIs;
import org.apache.jena.sparql.core.Quad;

/** Assertions about a whole store: valid, with sound IRIs, holding only whole documents. */
final class StoreChecks {

    static final Lexicon LEXICON = Lexicon.bundled();
    static final Extractor EXTRACTOR = new Extractor(LEXICON);
    static final ClaimGraphMapper MAPPER = new ClaimGraphMapper(LEXICON);

    private StoreChecks() {}

    /** Every quad of the store, copied out of a read transaction. */
    static Set<Quad> quads(ClaimStore store) {
        return store.read(ds -> {
            Set<Quad> quads = new HashSet<>();
            ds.asDatasetGraph().find().forEachRemaining(quads::add);
            return quads;
        });
    }

    /** A copy of one document's stored graph. */
    static Graph storedGraph(ClaimStore store, String documentName) {
        Node name = IriMinter.source(documentName);
        return store.read(ds -> {
            Graph copy = GraphMemFactory.createDefaultGraph();
            ds.asDatasetGraph().getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** The graph a fresh read, extraction and mapping of a file gives. */
    static Graph freshGraph(Path file) throws Exception {
        Document doc = new SourceReader().read(file);
        return MAPPER.map(EXTRACTOR.extract(doc), Hashes.sha256(doc.text()), Extractor.VERSION);
    }

    /** The store passes SHACL and every IRI in it is a valid absolute IRI. */
    static void assertSound(ClaimStore store) {
        assertThat(store.validate().messages()).as("SHACL violations").isEmpty();
        assertThat(store.validate().conforms()).isTrue();
        List<String> bad = new ArrayList<>();
        for (Quad q : quads(store)) {
            for (Node n : List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                if (n.isURI() && !validIri(n.getURI())) {
                    bad.add(n.getURI());
                }
            }
        }
        assertThat(bad).as("invalid IRIs").isEmpty();
    }

    static boolean validIri(String iri) {
        try {
            IRIs.checkEx(iri);
        } catch (RuntimeException e) {
            return false;
        }
        return iri.chars().noneMatch(c -> c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0);
    }

    /**
     * Every stored document graph is exactly what a fresh extraction of its file gives, so no
     * document is stored in part; returns how many documents there are.
     */
    static int assertWholeDocuments(ClaimStore store, Map<String, Path> filesByName) throws Exception {
        List<StoredSource> sources = store.sources();
        for (StoredSource source : sources) {
            Path file = filesByName.get(source.fileName());
            assertThat(file).as("a file for stored source %s", source.fileName()).isNotNull();
            Graph stored = storedGraph(store, source.fileName());
            assertThat(stored.contains(Node.ANY, CG.contentHash, Node.ANY)).isTrue();
            assertThat(stored.isIsomorphicWith(freshGraph(file)))
                    .as("stored graph of %s is its whole extraction", source.fileName()).isTrue();
        }
        // A named graph without its cg:Source node would be a half-written document.
        Set<String> graphs = store.read(ds -> {
            Set<String> names = new HashSet<>();
            ds.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            return names;
        });
        Set<String> expected = new HashSet<>();
        sources.forEach(s -> expected.add(s.iri()));
        expected.add(CG.REFERENCE_GRAPH.getURI());
        expected.add(CG.SCORE_TABLE_GRAPH.getURI());
        assertThat(expected).containsAll(graphs);
        return sources.size();
    }
}
