package dev.claimgraph.store;

/** What storing one document's graph did. */
public enum IngestOutcome {
    /** The source was not stored before; its graph was added. */
    ADDED,
    /** The source was stored from other content or by another extractor version; its graph was replaced. */
    REPLACED,
    /** The same content by the same extractor version was stored already; nothing changed. */
    SKIPPED
}
