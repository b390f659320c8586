package dev.claimgraph.source;

/** What role a block of text plays in a summary. */
public enum BlockKind {
    /** A section heading ("Key Takeaways", "## Main results"). */
    HEADING,
    /** A paragraph of running text (an abstract, a note under a table). */
    PARAGRAPH,
    /** One item of a numbered or bulleted list; nested items name their parent. */
    LIST_ITEM
}
