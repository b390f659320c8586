package dev.claimgraph.server;

import java.time.Duration;
import java.util.Objects;
import org.apache.jena.query.Query;

/**
 * The most time and the most result rows one SPARQL query may take on the server.
 *
 * @param timeout how long a query may run in all before it is cancelled
 * @param maxRows the most solutions a query returns; larger results are cut by a LIMIT
 */
public record QueryLimits(Duration timeout, long maxRows) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_ROWS = 10_000;

    public QueryLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1: " + maxRows);
        }
    }

    public static QueryLimits defaults() {
        return new QueryLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS);
    }

    /**
     * The query with its LIMIT lowered to {@link #maxRows()} where it has none or a higher one;
     * the query itself is not changed.
     */
    public Query cap(Query query) {
        // An ASK has one answer whatever its pattern matches, and a LIMIT would not change that.
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= maxRows)) {
            return query;
        }
        Query capped = query.cloneQuery();
        capped.setLimit(maxRows);
        return capped;
    }

    /**
     * The timeout for one request in milliseconds: the client's own "timeout" parameter
     * (seconds, as Fuseki reads it) when it is shorter, else the server's.
     */
    public long timeoutMillis(String requested) {
        long cap = timeout.toMillis();
        if (requested == null || requested.isBlank()) {
            return cap;
        }
        try {
            double seconds = Double.parseDouble(requested.trim());
            long millis = (long) (seconds * 1000);
            return millis > 0 && millis < cap ? millis : cap;
        } catch (NumberFormatException e) {
            return cap;
        }
    }
}
