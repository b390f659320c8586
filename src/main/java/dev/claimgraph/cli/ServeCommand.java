package dev.claimgraph.cli;

import dev.claimgraph.server.ClaimServer;
import dev.claimgraph.server.QueryLimits;
import dev.claimgraph.server.ServerSettings;
import dev.claimgraph.store.ClaimStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Serves a claim store over SPARQL and HTTP, with the leaderboard page, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store as a SPARQL 1.1 endpoint with a leaderboard page.",
            "Read-only and bound to 127.0.0.1 unless told otherwise; stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "The store folder (default: ${DEFAULT-VALUE}).")
    private Path db = Path.of("claimgraph-db");

    @Option(names = "--port", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port = ServerSettings.DEFAULT_PORT;

    @Option(names = "--host", description = "Interface to listen on; 0.0.0.0 for all (default: ${DEFAULT-VALUE}).")
    private String host = ServerSettings.DEFAULT_HOST;

    @Option(names = "--allow-update", description = "Accept SPARQL Update and Graph Store Protocol writes.")
    private boolean allowUpdate;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Longest time one query may run (default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds = QueryLimits.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--max-rows", paramLabel = "N",
            description = "Most result rows one query returns (default: ${DEFAULT-VALUE}).")
    private long maxRows = QueryLimits.DEFAULT_MAX_ROWS;

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        ServerSettings settings = settings();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(db)) {
            err.println("No store at " + db + ": ingest some summaries first, or name the store with --db.");
            err.flush();
            return 1;
        }
        Thread hook = new Thread(this::stopAndWait, "claimgraph-serve-shutdown");
        try (ClaimStore store = ClaimStore.open(db)) {
            ClaimServer server;
            try {
                server = ClaimServer.start(store, settings);
            } catch (RuntimeException e) {
                err.println("Cannot start the server on " + host + ":" + port + ": " + e.getMessage());
                err.flush();
                return 1;
            }
            try (server) {
                Runtime.getRuntime().addShutdownHook(hook);
                out.println("Serving " + db.toAbsolutePath().normalize()
                        + (settings.allowUpdate() ? " (updates allowed)" : " (read-only)"));
                out.println("Page:            " + server.pageUri());
                out.println("SPARQL endpoint: " + server.sparqlUri());
                out.println("Graph store:     " + server.datasetUri() + "/data");
                out.println("Press Ctrl-C to stop.");
                out.flush();
                stopRequested.await();
            }
        } finally {
            removeHook(hook);
            stopped.countDown();
        }
        return 0;
    }

    /** Asks a running {@code call()} to stop the server and close the store, and returns at once. */
    public void stop() {
        stopRequested.countDown();
    }

    // Ctrl-C runs this: the JVM must not exit before the store is closed.
    private void stopAndWait() {
        stop();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down, through this very hook.
        }
    }

    private ServerSettings settings() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535: " + port);
        }
        if (host.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--host must not be empty");
        }
        if (timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second: " + timeoutSeconds);
        }
        if (maxRows < 1) {
            throw new ParameterException(spec.commandLine(), "--max-rows must be at least 1: " + maxRows);
        }
        return new ServerSettings(host, port, allowUpdate,
                new QueryLimits(Duration.ofSeconds(timeoutSeconds), maxRows));
    }
}
