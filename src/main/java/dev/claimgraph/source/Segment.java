package dev.claimgraph.source;

/**
 * A stretch of the source text, as text of exactly the same length.
 *
 * <p>Markup inside the stretch (Markdown emphasis, HTML tags, JSON escapes) is replaced by
 * spaces rather than removed, so that an offset {@code i} into {@link #text()} is the offset
 * {@code start + i} into the document's text.
 */
public record Segment(int start, String text) {

    public Segment {
        if (start < 0) {
            throw new IllegalArgumentException("negative start " + start);
        }
    }

    /** Offset just past the segment in the document's text. */
    public int end() {
        return start + text.length();
    }

    /** The segment's text with runs of whitespace collapsed and the ends trimmed. */
    public String plain() {
        return Whitespace.collapse(text.strip());
    }
}
