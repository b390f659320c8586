package dev.claimgraph.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link ClaimServer} listens and what it lets clients do.
 *
 * @param host the interface to bind, such as 127.0.0.1 (local only) or 0.0.0.0 (every interface)
 * @param port the TCP port; 0 picks a free one
 * @param allowUpdate whether SPARQL Update and Graph Store Protocol writes are accepted
 * @param limits the per-query time and row limits
 */
public record ServerSettings(String host, int port, boolean allowUpdate, QueryLimits limits) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(limits, "limits");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** Local-only, read-only, on the default port, with the default limits. */
    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, false, QueryLimits.defaults());
    }

    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, allowUpdate, limits);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, allowUpdate, limits);
    }

    public ServerSettings withAllowUpdate(boolean newAllowUpdate) {
        return new ServerSettings(host, port, newAllowUpdate, limits);
    }

    public ServerSettings withLimits(QueryLimits newLimits) {
        return new ServerSettings(host, port, allowUpdate, newLimits);
    }

    public ServerSettings withTimeout(Duration timeout) {
        return withLimits(new QueryLimits(timeout, limits.maxRows()));
    }

    public ServerSettings withMaxRows(long maxRows) {
        return withLimits(new QueryLimits(limits.timeout(), maxRows));
    }
}
