package dev.claimgraph.extract;

/** A stretch of a document's text given as evidence for a claim: [start, end) and the exact text. */
public record Span(int start, int end, String text) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span of {@code text} from {@code start} to {@code end}. */
    public static Span of(String text, int start, int end) {
        return new Span(start, end, text.substring(start, end));
    }
}
