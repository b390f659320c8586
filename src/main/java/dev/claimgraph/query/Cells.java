package dev.claimgraph.query;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/** Builds the cells of a table row in column order, writing absent values as empty cells. */
final class Cells {

    private final LinkedHashMap<String, String> cells = new LinkedHashMap<>();

    Cells put(String column, Object value) {
        cells.put(column, value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
        return this;
    }

    /** Reports as "68.9 (llama2-2023.txt, 2023-07-18); 69.9 (mixtral-2024.md, 2024-01-08)". */
    Cells reports(String column, List<ScoreReport> reports) {
        return put(column, String.join("; ", reports.stream().map(ScoreReport::brief).toList()));
    }

    Cells list(String column, List<?> values) {
        return put(column, String.join("; ", values.stream().map(Objects::toString).toList()));
    }

    LinkedHashMap<String, String> build() {
        return cells;
    }
}
