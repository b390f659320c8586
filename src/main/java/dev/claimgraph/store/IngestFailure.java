package dev.claimgraph.store;

import java.nio.file.Path;

/** A file that could not be ingested, with a one-line message naming it (and its line when known). */
public record IngestFailure(Path file, String message) {}
