package dev.claimgraph;

import dev.claimgraph.extract.ExtractionResult;
import dev.claimgraph.extract.Extractor;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.query.ClaimQueries;
import dev.claimgraph.rdf.ClaimGraphMapper;
import dev.claimgraph.source.SourceException;
import dev.claimgraph.source.SourceReader;
import dev.claimgraph.store.ClaimStore;
import dev.claimgraph.store.IngestOptions;
import dev.claimgraph.store.IngestPipeline;
import dev.claimgraph.store.IngestReport;
import dev.claimgraph.store.ProgressListener;
import dev.claimgraph.store.SparqlTable;
import dev.claimgraph.store.SparqlText;
import dev.claimgraph.store.StoreInUseException;
import dev.claimgraph.store.StoreStats;
import dev.claimgraph.store.ValidationSummary;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;

/**
 * The Java API of ClaimGraph: a store folder with the extractor and mapping that fill it.
 *
 * <pre>{@code
 * try (ClaimGraph graph = ClaimGraph.open(Path.of("claimgraph-db"))) {
 *     IngestReport report = graph.ingest(Path.of("data/summaries"));
 *     SparqlTable rows = graph.sparql("SELECT ?model WHERE { ?claim cg:model ?model }");
 * }
 * }</pre>
 */
public final class ClaimGraph implements AutoCloseable {

    private final ClaimStore store;
    private final Extractor extractor;
    private final ClaimGraphMapper mapper;
    private final SourceReader reader = new SourceReader();

    private ClaimGraph(ClaimStore store, Extractor extractor, ClaimGraphMapper mapper) {
        this.store = store;
        this.extractor = extractor;
        this.mapper = mapper;
    }

    /**
     * Opens (creating if needed) the store in a folder, with the bundled lexicon.
     *
     * @throws StoreInUseException when another process has the folder open
     */
    public static ClaimGraph open(Path db) {
        return open(db, Lexicon.bundled());
    }

    /**
     * Opens (creating if needed) the store in a folder, extracting with a given lexicon.
     *
     * @throws StoreInUseException when another process has the folder open
     */
    public static ClaimGraph open(Path db, Lexicon lexicon) {
        ClaimGraphMapper mapper = new ClaimGraphMapper(lexicon);
        ClaimStore store = StoreInUseException.whileOpening(db, () -> ClaimStore.open(db, mapper.reference()));
        return new ClaimGraph(store, new Extractor(lexicon), mapper);
    }

    /** Ingests the summary files under the paths (files or folders) with the default options. */
    public IngestReport ingest(Path... paths) {
        return ingest(IngestOptions.defaults(), ProgressListener.NONE, List.of(paths));
    }

    /** Ingests the summary files under the paths, with batch size and threads chosen and progress heard. */
    public IngestReport ingest(IngestOptions options, ProgressListener progress, List<Path> paths) {
        return new IngestPipeline(store, extractor, mapper, reader, options).run(paths, progress);
    }

    /** The claims of one summary file, without storing them. */
    public ExtractionResult extract(Path file) throws SourceException {
        return extractor.extract(reader.read(file));
    }

    /**
     * Runs a SPARQL query over the union of the stored graphs; the ClaimGraph prefixes
     * ({@code cg:}, {@code rdfs:}, ...) need no declaration.
     *
     * @throws org.apache.jena.query.QueryParseException when the text is not SPARQL
     */
    public SparqlTable sparql(String query) {
        return SparqlTable.of(store.query(SparqlText.parse(query)));
    }

    /** Writes the store: Turtle and other triple formats get the union graph, quad formats every named graph. */
    public void export(Lang lang, OutputStream out) {
        store.export(lang, out);
    }

    /** Counts of documents, claims by kind, models and benchmarks. */
    public StoreStats stats() {
        return store.stats();
    }

    /** The SHACL report of every stored graph. */
    public ValidationSummary validate() {
        return store.validate();
    }

    /**
     * The named queries that relate claims across papers (leaderboards, conflicts, setting
     * mismatches, ...) over this store; closing the result leaves the store open.
     */
    public ClaimQueries queries() {
        return ClaimQueries.local(store, extractor.lexicon());
    }

    /** The store underneath, for queries and transactions of your own. */
    public ClaimStore store() {
        return store;
    }

    /** The lexicon extraction runs with. */
    public Lexicon lexicon() {
        return extractor.lexicon();
    }

    @Override
    public void close() {
        store.close();
    }
}
