package dev.claimgraph.cli;

import dev.claimgraph.ClaimGraph;
import dev.claimgraph.rdf.CG;
import dev.claimgraph.rdf.IriMinter;
import dev.claimgraph.remote.RemoteStore;
import dev.claimgraph.store.ClaimStore;
import dev.claimgraph.store.QueryResources;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimgraph export}: writes the store, one source's graph, or one model's claims as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Writes the store as RDF: ttl writes the union of all graphs; trig, nq and jsonld write every named graph.",
            "--source keeps one document's graph; --model keeps the claims about one model (by name or alias).",
            "With --endpoint the graphs are fetched from there with Graph Store Protocol GETs."
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

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    StoreOptions store = new StoreOptions();

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
        if (store.isRemote()) {
            try (RemoteStore remote = RemoteStore.connect(store.endpoint(spec.commandLine()))) {
                return remote(remote);
            }
        }
        try (ClaimGraph graph = store.local().openExisting()) {
            ClaimStore local = graph.store();
            if (source != null && local.source(source).isEmpty()) {
                throw noSource();
            }
            if (source == null && model == null) {
                try (OutputStream out = Output.open(outFile, out())) {
                    local.export(format.lang, out);
                }
                return 0;
            }
            write(model == null ? sourceGraph(local) : only(modelClaims(local)));
            return 0;
        }
    }

    private int remote(RemoteStore remote) throws IOException {
        if (source != null && remote.source(source).isEmpty()) {
            throw noSource();
        }
        if (model != null) {
            write(only(remote.constructQuads(modelQuery(), modelName())));
        } else if (source != null) {
            Node name = IriMinter.source(source);
            DatasetGraph one = DatasetGraphFactory.create();
            one.addGraph(name, remote.fetch(name));
            write(one);
        } else {
            // Graph by graph, so the export does not depend on how the endpoint defines its default graph.
            write(remote.fetchAll());
        }
        return 0;
    }

    private CliException noSource() {
        return new CliException("no source named " + source + " in " + store.describe());
    }

    private void write(DatasetGraph selected) throws IOException {
        if (selected.isEmpty() && model != null) {
            throw new CliException("no claims about model " + model
                    + (source == null ? "" : " in " + source) + " in " + store.describe());
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

    private DatasetGraph modelClaims(ClaimStore local) {
        Query query = modelQuery();
        return local.read(ds -> {
            var builder = QueryExecution.dataset(ds).query(query);
            modelName().forEach(builder::substitution);
            try (QueryExecution exec = builder.build()) {
                DatasetGraph copy = DatasetGraphFactory.create();
                exec.execConstructDataset().asDatasetGraph().find().forEachRemaining(copy::add);
                return copy;
            }
        });
    }

    private static Query modelQuery() {
        // Quads in a CONSTRUCT template are ARQ syntax, beyond SPARQL 1.1.
        return QueryFactory.create(QueryResources.text("export-model"), Syntax.syntaxARQ);
    }

    private Map<String, RDFNode> modelName() {
        return Map.of("name", ResourceFactory.createStringLiteral(model));
    }

    /** The claims, kept to --source's graph when one was named. */
    private DatasetGraph only(DatasetGraph claims) {
        if (source == null) {
            return claims;
        }
        Node name = IriMinter.source(source);
        DatasetGraph one = DatasetGraphFactory.create();
        claims.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(one::add);
        return one;
    }
}
