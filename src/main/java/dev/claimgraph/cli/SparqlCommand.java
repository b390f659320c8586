package dev.claimgraph.cli;

import dev.claimgraph.ClaimGraph;
import dev.claimgraph.remote.RemoteStore;
import dev.claimgraph.store.QueryResult;
import dev.claimgraph.store.SparqlText;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimgraph sparql}: runs a SPARQL query over the union of the stored graphs. */
@Command(name = "sparql", mixinStandardHelpOptions = true,
        description = {
            "Runs a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query over the union of all stored graphs.",
            "The prefixes cg:, rdfs:, rdf:, xsd:, skos:, prov:, oa:, mls:, dcterms:, schema:, owl: and sh: "
                    + "are declared already.",
            "CONSTRUCT and DESCRIBE print Turtle (JSON-LD with --format json).",
            "With --endpoint the query runs there; its default graph must be the union of the document graphs."
        })
final class SparqlCommand extends BaseCommand {

    /** Output formats of query results. */
    enum Format { table, json, csv, tsv }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    StoreOptions store = new StoreOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json (SPARQL results JSON), csv or tsv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Cancel the query after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The query text, or @FILE to read it from a file.")
    String query;

    @Override
    int run() throws Exception {
        if (timeout < 1) {
            throw usage("--timeout must be at least 1 second, not " + timeout);
        }
        Query parsed;
        try {
            parsed = SparqlText.parse(queryText());
        } catch (QueryParseException e) {
            // Jena lists every token it expected; the position and the token found say enough.
            String message = Errors.message(e).replaceFirst("\\s*Was expecting.*$", "");
            err().println("claimgraph sparql: bad query: " + message);
            return 2;
        }
        QueryResult result = execute(parsed, Duration.ofSeconds(timeout));
        try (OutputStream out = Output.open(null, out())) {
            write(result, parsed, out);
        }
        return 0;
    }

    private QueryResult execute(Query parsed, Duration limit) {
        if (store.isRemote()) {
            try (RemoteStore remote = RemoteStore.connect(store.endpoint(spec.commandLine()))) {
                return remote.query(parsed, limit);
            }
        }
        try (ClaimGraph graph = store.local().openExisting()) {
            return graph.store().query(parsed, limit);
        }
    }

    private String queryText() throws Exception {
        if (!query.startsWith("@")) {
            return query;
        }
        Path file = Path.of(query.substring(1));
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw usage("no such query file: " + file);
        }
    }

    private void write(QueryResult result, Query parsed, OutputStream out) {
        if (result instanceof QueryResult.Rows rows) {
            if (format == Format.table) {
                ResultSetFormatter.out(out, rows.rows(), parsed.getPrefixMapping());
            } else {
                ResultSetMgr.write(out, rows.rows(), lang());
            }
        } else if (result instanceof QueryResult.Answer answer) {
            if (format == Format.table) {
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8).println(answer.value());
            } else {
                ResultsWriter.create().lang(lang()).write(out, answer.value());
            }
        } else {
            var graph = ((QueryResult.Triples) result).graph();
            graph.getPrefixMapping().setNsPrefixes(parsed.getPrefixMapping());
            RDFWriter.source(graph).lang(format == Format.json ? Lang.JSONLD : Lang.TURTLE).output(out);
        }
    }

    private Lang lang() {
        return switch (format) {
            case json -> ResultSetLang.RS_JSON;
            case csv -> ResultSetLang.RS_CSV;
            case tsv -> ResultSetLang.RS_TSV;
            case table -> ResultSetLang.RS_Text;
        };
    }
}
