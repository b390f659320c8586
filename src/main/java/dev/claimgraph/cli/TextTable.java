package dev.claimgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows of cells printed with each column padded to its widest cell; numbers align right. */
final class TextTable {

    private final List<List<String>> rows = new ArrayList<>();
    private final String indent;

    TextTable(String indent) {
        this.indent = indent;
    }

    TextTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        boolean[] numeric = new boolean[columns];
        java.util.Arrays.fill(numeric, true);
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
                numeric[c] &= row.get(c).matches("-?[0-9][0-9,.]*");
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + cell : cell + pad);
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
