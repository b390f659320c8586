package dev.claimgraph.remote;

/** A remote store could not be reached or refused a request; the message is one line naming it. */
public final class EndpointException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    EndpointException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status of the refusal, or -1 when no response came. */
    public int status() {
        return status;
    }

    /**
     * True when retrying the next document is pointless: no connection, or a refusal that holds
     * for every request (unauthorised, forbidden, no such endpoint, writes not allowed).
     */
    public boolean refusesAll() {
        return status <= 0 || status == 401 || status == 403 || status == 404 || status == 405;
    }
}
