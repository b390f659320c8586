package dev.claimgraph.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The outcome of ingesting one file.
 *
 * @param file the file as found under the given paths
 * @param document the document name (the file name), which names its graph
 * @param status what happened
 * @param message why it failed, one line naming the file; empty unless FAILED
 * @param quads the quads written for it: its graph's size when ADDED or REPLACED, else 0
 */
public record FileResult(Path file, String document, FileStatus status, String message, long quads) {

    public FileResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
    }

    static FileResult failed(Path file, String message) {
        return new FileResult(file, documentName(file), FileStatus.FAILED, message, 0);
    }

    static String documentName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
