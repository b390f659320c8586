package dev.claimgraph.source;

/** One cell of a table; {@code header} is true for {@code <th>} cells and a pipe table's first row. */
public record TableCell(Segment segment, boolean header) {

    /** The cell's text with whitespace collapsed. */
    public String plain() {
        return segment.plain();
    }
}
