package dev.claimgraph.store;

/** What ingesting one file did. */
public enum FileStatus {
    /** The document was not stored before; its graph was added. */
    ADDED,
    /** The document was stored from other content or by another extractor version; its graph was replaced. */
    REPLACED,
    /** The same content by the same extractor version was stored already; the file was not extracted. */
    SKIPPED,
    /** The file could not be read, extracted, mapped or stored; nothing of it reached the store. */
    FAILED
}
