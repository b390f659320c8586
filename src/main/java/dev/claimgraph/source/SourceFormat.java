package dev.claimgraph.source;

/** The kinds of summary file ClaimGraph reads. */
public enum SourceFormat {
    /** Plain-text reading notes with metadata headings, numbered takeaways and an abstract. */
    NOTES,
    /** Markdown notes: headings, bullet lists, pipe tables and pasted HTML tables. */
    MARKDOWN,
    /** A JSON summary object (title, authors, affiliations, date, takeaways, abstract, ...). */
    JSON
}
