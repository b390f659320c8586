package dev.claimgraph.source;

import java.util.List;

/**
 * A table from a summary (Markdown pipe syntax or HTML markup), row by row.
 *
 * <p>Rows may be ragged: a row holds the cells the source gives it, no more.
 *
 * @param rows the rows, the header row (if any) first
 * @param section the plain text of the nearest heading above the table, or ""
 * @param start offset of the table's first character in the document's text
 * @param end offset just past the table's last character
 */
public record Table(List<List<TableCell>> rows, String section, int start, int end) {

    public Table {
        rows = rows.stream().map(List::copyOf).toList();
    }
}
