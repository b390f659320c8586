package dev.claimgraph.remote;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/** Turns what Jena's HTTP clients throw into one {@link EndpointException} line naming the endpoint. */
final class Failures {

    private Failures() {}

    /** Runs one request; {@code what} says what it was for, such as "PUT graph <...>". */
    static <T> T call(Endpoint endpoint, String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (EndpointException e) {
            throw e;
        } catch (HttpException e) {
            throw translate(endpoint, what, e.getStatusCode(), e.getStatusLine(), e);
        } catch (QueryExceptionHTTP e) {
            throw translate(endpoint, what, e.getStatusCode(), e.getStatusLine(), e);
        }
    }

    /** As {@link #call(Endpoint, String, Supplier)} for a request without a result. */
    static void run(Endpoint endpoint, String what, Runnable request) {
        call(endpoint, what, () -> {
            request.run();
            return null;
        });
    }

    private static EndpointException translate(Endpoint endpoint, String what, int status, String statusLine,
            RuntimeException e) {
        if (status <= 0) {
            return new EndpointException(endpoint + ": cannot " + what + ": " + noResponse(e), -1, e);
        }
        String reason = statusLine == null || statusLine.isBlank() ? "" : " " + statusLine.strip();
        String hint = switch (status) {
            case 401, 403 -> " (the endpoint needs other credentials)";
            case 404 -> " (is " + endpoint + " the dataset's URL, with --query-path and --gsp-path right?)";
            case 405 -> " (the endpoint refuses writes: allow updates on it, e.g. 'claimgraph serve --allow-update')";
            default -> "";
        };
        return new EndpointException(endpoint + ": cannot " + what + ": HTTP " + status + reason + hint, status, e);
    }

    // Jena wraps the connection failure; its own message is often just the exception's class name.
    private static String noResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            } else if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            } else if (t instanceof HttpTimeoutException) {
                return "timed out";
            }
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
