package dev.claimgraph.store;

import dev.claimgraph.rdf.CG;
import dev.claimgraph.rdf.IriMinter;
import dev.claimgraph.rdf.Literals;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * A TDB2 dataset folder holding one named graph per source plus the reference graph, queried
 * through the union of its named graphs.
 */
public final class ClaimStore implements AutoCloseable {

    private static final String[] CLAIM_KINDS = {
        "ScoreClaim", "ParameterClaim", "ContextLengthClaim", "DeveloperClaim", "ComparisonClaim"
    };

    private final Dataset dataset;
    private final Graph reference;
    // Read and set only inside write transactions, which TDB2 runs one at a time.
    private boolean referenceChecked;
    // Read and set only in close(), which holds the store's lock.
    private boolean closed;

    private ClaimStore(Dataset dataset, Graph reference) {
        this.dataset = dataset;
        this.reference = reference;
        // Queries see every document graph as the default graph; the stored default graph stays empty.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens (creating if needed) the store in a folder, without reference data.
     *
     * @throws StoreInUseException when another process has the folder open
     */
    public static ClaimStore open(Path folder) {
        return open(folder, null);
    }

    /**
     * Opens (creating if needed) the store in a folder; the first write through this store also
     * writes the reference graph when the stored one differs from it.
     *
     * @throws StoreInUseException when another process has the folder open
     */
    public static ClaimStore open(Path folder, Graph reference) {
        Dataset dataset = StoreInUseException.whileOpening(folder, () -> OpenDatabases.open(folder));
        return new ClaimStore(dataset, reference);
    }

    /** The underlying dataset, for serving it or running queries through an RDFConnection. */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Stores one source's graph: skipped when the stored graph has the same content hash and
     * extractor version, else replacing it, all in one write transaction.
     */
    public IngestOutcome put(String sourceName, String contentHash, String extractorVersion, Graph graph) {
        return putAll(List.of(new DocumentGraph(sourceName, contentHash, extractorVersion, graph))).get(0);
    }

    /** Stores many sources' graphs in one write transaction; outcomes are in the same order. */
    public List<IngestOutcome> putAll(Collection<DocumentGraph> documents) {
        return Txn.calculateWrite(dataset, () -> writeAll(documents));
    }

    /** Writes documents inside the write transaction the calling thread holds. */
    List<IngestOutcome> writeAll(Collection<DocumentGraph> documents) {
        documents.forEach(ClaimStore::requireStatedVersion);
        DatasetGraph dsg = dataset.asDatasetGraph();
        dsg.prefixes().putAll(CG.PREFIXES);
        syncReference(dsg);
        ScoreTable.startIfEmpty(dsg);
        List<IngestOutcome> outcomes = new ArrayList<>();
        for (DocumentGraph document : documents) {
            outcomes.add(write(dsg, document));
        }
        return outcomes;
    }

    /** Writes the reference graph unless the stored one already has the same triples. */
    public IngestOutcome putReference(Graph referenceGraph) {
        return Txn.calculateWrite(dataset, () -> writeReference(dataset.asDatasetGraph(), referenceGraph));
    }

    /** Removes a source's graph; false when it was not stored. */
    public boolean remove(String sourceName) {
        Node name = IriMinter.source(sourceName);
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (!dsg.containsGraph(name) || dsg.getGraph(name).isEmpty()) {
                return false;
            }
            ScoreTable.markStoredStale(dsg, name);
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            return true;
        });
    }

    /**
     * Rebuilds the score table's summaries of the benchmarks, and the facts of the models, whose
     * claims changed since it was last brought up to date, in one write transaction; returns how
     * many benchmarks were rebuilt.
     */
    public int refreshScoreTable() {
        return Txn.calculateWrite(dataset, () -> ScoreTable.refresh(dataset.asDatasetGraph(), new DatasetSelect(dataset)));
    }

    /** True when the score table summarises every stored claim. */
    public boolean scoreTableCurrent() {
        return read(ds -> ScoreTable.isCurrent(ds.asDatasetGraph()));
    }

    /** The stored sources, by file name. */
    public List<StoredSource> sources() {
        return read(ds -> {
            List<StoredSource> sources = new ArrayList<>();
            try (QueryExecution exec = QueryExecution.dataset(ds).query(QueryResources.load("sources")).build()) {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    sources.add(new StoredSource(row.getResource("source").getURI(),
                            row.getLiteral("fileName").getLexicalForm(),
                            row.getLiteral("hash").getLexicalForm(),
                            row.getLiteral("version").getLexicalForm()));
                }
            }
            return sources;
        });
    }

    /** The stored content hash and extractor version of a source, if it is stored. */
    public Optional<StoredSource> source(String sourceName) {
        Node name = IriMinter.source(sourceName);
        return read(ds -> storedVersion(ds, name).map(v -> new StoredSource(name.getURI(), sourceName, v[0], v[1])));
    }

    /** Counts of documents, claims by kind, models and benchmarks. */
    public StoreStats stats() {
        return read(ds -> {
            Map<String, Long> byKind = new LinkedHashMap<>();
            for (String kind : CLAIM_KINDS) {
                byKind.put(kind, 0L);
            }
            try (QueryExecution exec = QueryExecution.dataset(ds).query(QueryResources.load("stats-claims")).build()) {
                exec.execSelect().forEachRemaining(row -> byKind.put(
                        row.getResource("kind").getLocalName(), row.getLiteral("count").getLong()));
            }
            return new StoreStats(count(ds, "stats-documents"), byKind, count(ds, "stats-models"),
                    count(ds, "stats-benchmarks"));
        });
    }

    /** Validates every named graph against the bundled SHACL shapes. */
    public ValidationSummary validate() {
        return read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            List<GraphReport> reports = new ArrayList<>();
            for (Node name : names) {
                reports.add(new GraphReport(name.getURI(), ShapesValidator.validate(dsg.getGraph(name))));
            }
            return new ValidationSummary(reports);
        });
    }

    /**
     * Writes the store: quad formats (TriG, N-Quads, JSON-LD) get every named graph, triple
     * formats (Turtle, N-Triples, RDF/XML) the union of them.
     */
    public void export(Lang lang, OutputStream out) {
        export(RDFWriter.create().lang(lang), RDFLanguages.isQuads(lang), out);
    }

    /** As {@link #export(Lang, OutputStream)}, in a given variant of a format. */
    public void export(RDFFormat format, OutputStream out) {
        export(RDFWriter.create().format(format), RDFLanguages.isQuads(format.getLang()), out);
    }

    private void export(org.apache.jena.riot.RDFWriterBuilder writer, boolean quads, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = exported(dataset.asDatasetGraph());
            if (quads) {
                writer.source(dsg).output(out);
            } else {
                writer.source(dsg.getUnionGraph()).output(out);
            }
        });
    }

    /**
     * The stored graphs without the score table: exports carry what the sources say, and the
     * table is rebuilt from that by whoever ingests or loads them.
     */
    private static DatasetGraph exported(DatasetGraph dsg) {
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(n -> {
            if (!n.equals(ScoreTable.GRAPH)) {
                names.add(n);
            }
        });
        return new DatasetGraphFilteredView(dsg, q -> !q.getGraph().equals(ScoreTable.GRAPH), names);
    }

    /** Runs a SELECT query over the union graph and returns its rows, copied. */
    public ResultSetRewindable select(String sparql) {
        Query query = QueryFactory.create(sparql);
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("not a SELECT query");
        }
        return ((QueryResult.Rows) query(query)).rows();
    }

    /** Runs any SPARQL query over the union graph and returns its result, copied. */
    public QueryResult query(Query query) {
        return query(query, null);
    }

    /**
     * As {@link #query(Query)}, cancelled with a {@link org.apache.jena.query.QueryCancelledException}
     * when it runs longer than the timeout (null for none).
     */
    public QueryResult query(Query query, java.time.Duration timeout) {
        return read(ds -> {
            var builder = QueryExecution.dataset(ds).query(query);
            if (timeout != null) {
                builder.timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            try (QueryExecution exec = builder.build()) {
                return QueryResult.of(query, exec);
            }
        });
    }

    /** Runs work in a read transaction; the result must not hold iterators over the dataset. */
    public <T> T read(Function<Dataset, T> work) {
        return Txn.calculateRead(dataset, () -> work.apply(dataset));
    }

    /** Closes the store; the last store open on its folder in this process releases the database and its lock. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            OpenDatabases.close(dataset);
        }
    }

    private IngestOutcome write(DatasetGraph dsg, DocumentGraph document) {
        Node name = IriMinter.source(document.sourceName());
        Optional<String[]> stored = storedVersion(dataset, name);
        if (stored.isPresent() && stored.get()[0].equals(document.contentHash())
                && stored.get()[1].equals(document.extractorVersion())) {
            return IngestOutcome.SKIPPED;
        }
        boolean existed = dsg.containsGraph(name) && !dsg.getGraph(name).isEmpty();
        if (existed) {
            ScoreTable.markStoredStale(dsg, name);
        }
        ScoreTable.markStale(dsg, document.graph());
        replaceGraph(dsg, name, document.graph());
        return existed ? IngestOutcome.REPLACED : IngestOutcome.ADDED;
    }

    private void syncReference(DatasetGraph dsg) {
        if (reference != null && !referenceChecked) {
            writeReference(dsg, reference);
            referenceChecked = true;
        }
    }

    private static IngestOutcome writeReference(DatasetGraph dsg, Graph referenceGraph) {
        Graph stored = dsg.getGraph(CG.REFERENCE_GRAPH);
        boolean existed = !stored.isEmpty();
        if (existed && stored.isIsomorphicWith(referenceGraph)) {
            return IngestOutcome.SKIPPED;
        }
        replaceGraph(dsg, CG.REFERENCE_GRAPH, referenceGraph);
        return existed ? IngestOutcome.REPLACED : IngestOutcome.ADDED;
    }

    private static void replaceGraph(DatasetGraph dsg, Node name, Graph graph) {
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        Iterator<Triple> triples = graph.find();
        while (triples.hasNext()) {
            Triple t = triples.next();
            dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }

    private static Optional<String[]> storedVersion(Dataset ds, Node source) {
        try (QueryExecution exec = QueryExecution.dataset(ds)
                .query(QueryResources.load("source-hash"))
                .substitution("source", ResourceFactory.createResource(source.getURI()))
                .build()) {
            ResultSet rows = exec.execSelect();
            if (!rows.hasNext()) {
                return Optional.empty();
            }
            QuerySolution row = rows.next();
            return Optional.of(new String[] {
                row.getLiteral("hash").getLexicalForm(), row.getLiteral("version").getLexicalForm()
            });
        }
    }

    private static long count(Dataset ds, String queryName) {
        try (QueryExecution exec = QueryExecution.dataset(ds).query(QueryResources.load(queryName)).build()) {
            ResultSet rows = exec.execSelect();
            return rows.hasNext() ? rows.next().getLiteral("count").getLong() : 0L;
        }
    }

    /** The graph must carry the hash and version it is stored under, or later skips would be wrong. */
    private static void requireStatedVersion(DocumentGraph document) {
        Node source = IriMinter.source(document.sourceName());
        Graph g = document.graph();
        if (!g.contains(source, CG.contentHash, Literals.string(document.contentHash()))
                || !g.contains(source, CG.extractorVersion, Literals.string(document.extractorVersion()))) {
            throw new IllegalArgumentException(document.sourceName()
                    + ": the graph does not state the given content hash and extractor version on <"
                    + source.getURI() + ">");
        }
    }

}
