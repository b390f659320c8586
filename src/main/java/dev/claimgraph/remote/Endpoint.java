package dev.claimgraph.remote;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.exec.http.QuerySendMode;

/**
 * A remote SPARQL 1.1 dataset: its base URL and the paths, below it or absolute, of its query
 * endpoint and Graph Store Protocol endpoint.
 *
 * @param url the dataset base, such as {@code http://127.0.0.1:3030/claims}
 * @param queryPath the SPARQL query endpoint, {@value #QUERY_PATH} on Fuseki
 * @param gspPath the Graph Store Protocol endpoint, {@value #GSP_PATH} on Fuseki
 */
public record Endpoint(String url, String queryPath, String gspPath) {

    /** Fuseki's name for a dataset's query endpoint. */
    public static final String QUERY_PATH = "sparql";
    /** Fuseki's name for a dataset's read-write Graph Store Protocol endpoint. */
    public static final String GSP_PATH = "data";

    public Endpoint {
        Objects.requireNonNull(url, "url");
        url = url.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        requireHttp(url);
        queryPath = queryPath == null || queryPath.isBlank() ? QUERY_PATH : queryPath.strip();
        gspPath = gspPath == null || gspPath.isBlank() ? GSP_PATH : gspPath.strip();
    }

    /** A dataset with Fuseki's endpoint names. */
    public static Endpoint of(String url) {
        return new Endpoint(url, QUERY_PATH, GSP_PATH);
    }

    /** The full URL of the query endpoint. */
    public String queryUrl() {
        return resolve(queryPath);
    }

    /** The full URL of the Graph Store Protocol endpoint. */
    public String gspUrl() {
        return resolve(gspPath);
    }

    /** A new connection; the caller closes it. */
    public RDFConnection connect() {
        return RDFConnectionRemote.service(url)
                .queryEndpoint(queryUrl())
                .gspEndpoint(gspUrl())
                // Queries are parsed here already; some of them (quads in CONSTRUCT) are ARQ syntax.
                .parseCheckSPARQL(false)
                // Long queries go as an HTML form: every SPARQL 1.1 endpoint takes that, not all take a body.
                .querySendMode(QuerySendMode.asGetWithLimitForm)
                .build();
    }

    @Override
    public String toString() {
        return url;
    }

    private String resolve(String path) {
        return isAbsolute(path) ? path : url + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    private static boolean isAbsolute(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static void requireHttp(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL: " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url, e);
        }
    }
}
