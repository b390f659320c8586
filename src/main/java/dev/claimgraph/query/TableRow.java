package dev.claimgraph.query;

import java.util.Map;

/** A result that prints as one row of a table or CSV file: column name to cell text, in column order. */
public interface TableRow {

    /** The cells in column order (an insertion-ordered map). */
    Map<String, String> cells();
}
