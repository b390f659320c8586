package dev.claimgraph.server;

import dev.claimgraph.store.ClaimStore;
import java.net.URI;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.WebContent;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Fuseki server that offers a claim store over the SPARQL 1.1 Protocol and the Graph
 * Store Protocol at {@value #DATASET}, and the leaderboard page at {@code /}.
 */
public final class ClaimServer implements AutoCloseable {

    /** The dataset's path on the server. */
    public static final String DATASET = "/claims";

    private final FusekiServer fuseki;
    private final ServerSettings settings;

    private ClaimServer(FusekiServer fuseki, ServerSettings settings) {
        this.fuseki = fuseki;
        this.settings = settings;
    }

    /** Starts serving a store; the store stays open and is the caller's to close after the server. */
    public static ClaimServer start(ClaimStore store, ServerSettings settings) {
        return start(store.dataset(), settings);
    }

    /** Starts serving a dataset, which should read its named graphs' union as the default graph. */
    public static ClaimServer start(Dataset dataset, ServerSettings settings) {
        // A ClaimStore's dataset does: it carries TDB2's union-default-graph setting in its
        // context, and Fuseki runs every query with the dataset's context.
        OperationRegistry operations = OperationRegistry.createStd();
        // Registered with its content type, so that an endpoint serving queries and updates still
        // knows a POSTed application/sparql-query body for a query.
        operations.register(Operation.Query, WebContent.contentTypeSPARQLQuery,
                new LimitedQueryProcessor(settings.limits()));
        FusekiServer.Builder builder = FusekiServer.create(operations)
                .port(settings.port())
                .add(DATASET, dataset, settings.allowUpdate())
                .addFilter("/*", new WebResourceFilter());
        if (settings.allowUpdate()) {
            // SPARQL 1.1 Protocol clients often send queries and updates to one endpoint.
            builder.addEndpoint(DATASET, "sparql", Operation.Update);
        }
        FusekiServer fuseki = builder.build();
        bind(fuseki, settings.host());
        return new ClaimServer(fuseki.start(), settings);
    }

    /** The builder has no host option, only loopback, so the host is set on Jetty's connectors. */
    private static void bind(FusekiServer fuseki, String host) {
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(host);
            }
        }
    }

    /** The port the server listens on, the one actually chosen when the settings asked for 0. */
    public int port() {
        return fuseki.getHttpPort();
    }

    public ServerSettings settings() {
        return settings;
    }

    /** The page's address, such as {@code http://127.0.0.1:3030/}. */
    public URI pageUri() {
        return URI.create("http://" + uriHost() + ":" + port() + "/");
    }

    /** The dataset's address; the SPARQL endpoints and graph store lie below it. */
    public URI datasetUri() {
        return pageUri().resolve(DATASET.substring(1));
    }

    /** The SPARQL query endpoint (and, when updates are allowed, update endpoint). */
    public URI sparqlUri() {
        return pageUri().resolve(DATASET.substring(1) + "/sparql");
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server; the dataset stays open. */
    @Override
    public void close() {
        fuseki.stop();
    }

    // A wildcard bind address is not one a client can connect to; IPv6 literals need brackets.
    private String uriHost() {
        String host = settings.host();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            return "127.0.0.1";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
