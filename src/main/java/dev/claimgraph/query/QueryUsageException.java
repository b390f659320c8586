package dev.claimgraph.query;

/** A named query was asked for without an argument it needs, or with one it cannot use. */
public final class QueryUsageException extends IllegalArgumentException {

    public QueryUsageException(String message) {
        super(message);
    }
}
