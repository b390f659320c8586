package dev.claimgraph.store;

/** Hears how an ingest run advances; called from the thread that runs the ingest, in file order. */
public interface ProgressListener {

    /** Ignores everything. */
    ProgressListener NONE = new ProgressListener() {};

    /** Called once, before the first file, with the number of files found. */
    default void started(int totalFiles) {}

    /**
     * Called once per file when its outcome is known, in file order; ADDED and REPLACED files are
     * reported after the transaction that wrote them has committed.
     */
    default void fileDone(FileResult result, int done, int total) {}

    /** Called whenever more files have been written, skipped or failed, committed or not yet. */
    default void progress(int done, int total) {}

    /** Called once after the last file, before the store brings its score table up to date. */
    default void finishing() {}
}
