package dev.claimgraph.query;

import java.util.List;

/**
 * What a named query returned: the records themselves (for JSON and the Java API) and their table rows.
 *
 * @param records the result records, as the Java API returns them
 * @param rows the same results as table rows (a model profile gives one row per fact)
 */
public record QueryResult(List<?> records, List<? extends TableRow> rows) {

    public QueryResult {
        records = List.copyOf(records);
        rows = List.copyOf(rows);
    }

    static QueryResult of(List<? extends TableRow> records) {
        return new QueryResult(records, records);
    }
}
