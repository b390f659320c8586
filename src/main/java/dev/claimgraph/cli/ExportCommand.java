package dev.claimgraph.cli;

import dev.claimgraph.ClaimGraph;
import dev.claimgraph.rdf.CG;
import dev.claimgraph.rdf.IriMinter;
import dev.claimgraph.store.ClaimStore;
import dev.claimgraph.store.QueryResources;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimgraph export}: writes the store, one source's graph, or one model's claims as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Writes the store as RDF: ttl writes the union of all graphs; trig, nq and jsonld write every named graph.",
            "--source keeps one document's graph; --model keeps the claims about one model (by name or alias)."
        })
final class ExportCommand extends BaseCommand {

    /** Export formats. */
    enum Format {
        ttl(Lang.TURTLE), trig(Lang.TRIG), nq(Lang.NQUADS), jsonld(Lang.JSONLD);

        final Lang lang;

        Format(Lang lang) {
            this.lang = lang;
        }
    }

    @Mixin
    DbOption db;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "ttl, trig, nq or jsonld.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path outFile;

    @Option(names = "--source", paramLabel = "NAME", description = "Only the graph of this document (its file name).")
    String source;

    @Option(names = "--model", paramLabel = "NAME", description = "Only the claims about this model.")
    String model;

    @Override
    int run() throws Exception {
        try (ClaimGraph graph = db.openExisting()) {
            ClaimStore store = graph.store();
            if (source != null && store.source(source).isEmpty()) {
                throw new CliException("no source named " + source + " in " + db.db);
            }
            if (source == null && model == null) {
                try (OutputStream out = Output.open(outFile, out())) {
                    store.export(format.lang, out);
                }
                return 0;
            }
            DatasetGraph selected = model == null ? sourceGraph(store) : modelClaims(store);
            if (selected.isEmpty()) {
                throw new CliException("no claims about model " + model
                        + (source == null ? "" : " in " + source) + " in " + db.db);
            }
            selected.prefixes().putAll(CG.PREFIXES);
            try (OutputStream out = Output.open(outFile, out())) {
                if (RDFLanguages.isQuads(format.lang)) {
                    RDFWriter.source(selected).lang(format.lang).output(out);
                } else {
                    Graph union = selected.getUnionGraph();
                    union.getPrefixMapping().setNsPrefixes(CG.PREFIXES);
                    RDFWriter.source(union).lang(format.lang).output(out);
                }
            }
            return 0;
        }
    }

    private DatasetGraph sourceGraph(ClaimStore store) {
        Node name = IriMinter.source(source);
        return store.read(ds -> {
            Graph copy = GraphMemFactory.createDefaultGraph();
            ds.asDatasetGraph().getGraph(name).find().forEachRemaining(copy::add);
            DatasetGraph result = DatasetGraphFactory.create();
            result.addGraph(name, copy);
            return result;
        });
    }

    private DatasetGraph modelClaims(ClaimStore store) {
        // Quads in a CONSTRUCT template are ARQ syntax, beyond SPARQL 1.1.
        Query query = QueryFactory.create(QueryResources.text("export-model"), Syntax.syntaxARQ);
        DatasetGraph claims = store.read(ds -> {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(query)
                    .substitution("name", ResourceFactory.createStringLiteral(model)).build()) {
                DatasetGraph copy = DatasetGraphFactory.create();
                exec.execConstructDataset().asDatasetGraph().find().forEachRemaining(copy::add);
                return copy;
            }
        });
        if (source == null) {
            return claims;
        }
        Node name = IriMinter.source(source);
        DatasetGraph one = DatasetGraphFactory.create();
        claims.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(one::add);
        return one;
    }
}
