package dev.claimgraph.bench;

/** The layouts a generated summary can take, each with the file extension it is written under. */
public enum SummaryStyle {
    /** Plain-text reading notes with English metadata headings and numbered takeaways. */
    NOTES("txt"),
    /** Plain-text reading notes with Chinese headings and bullet takeaways. */
    NOTES_ZH("txt"),
    /** Markdown notes with bold-key metadata and a pipe table of results. */
    MARKDOWN_PIPE("md"),
    /** Markdown notes with a results table pasted as HTML. */
    MARKDOWN_HTML("md"),
    /** A JSON summary, sometimes with a results list. */
    JSON("json");

    private final String extension;

    SummaryStyle(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
