package dev.claimgraph.cli;

import dev.claimgraph.store.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints ingest progress to stderr every so many files or seconds, and once at the end. */
final class ProgressPrinter implements ProgressListener {

    private static final long INTERVAL_NANOS = 3_000_000_000L;

    private final PrintWriter err;
    private final int everyFiles;
    private long start;
    private long lastPrinted;

    ProgressPrinter(PrintWriter err, int everyFiles) {
        this.err = err;
        this.everyFiles = everyFiles;
    }

    @Override
    public void started(int totalFiles) {
        start = System.nanoTime();
        lastPrinted = start;
        err.println("ingest: " + totalFiles + (totalFiles == 1 ? " file" : " files") + " found");
        err.flush();
    }

    @Override
    public void progress(int done, int total) {
        long now = System.nanoTime();
        if (done == total || done % everyFiles == 0 || now - lastPrinted >= INTERVAL_NANOS) {
            lastPrinted = now;
            double seconds = Math.max((now - start) / 1e9, 1e-3);
            err.println(String.format(Locale.ROOT, "ingest: %d/%d files (%d%%), %.1f docs/s",
                    done, total, total == 0 ? 100 : done * 100L / total, done / seconds));
            err.flush();
        }
    }

    @Override
    public void finishing() {
        err.println("ingest: updating the score table");
        err.flush();
    }
}
