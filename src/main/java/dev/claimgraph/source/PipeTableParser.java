package dev.claimgraph.source;

import java.util.ArrayList;
import java.util.List;

/** Reads Markdown pipe tables: the separator row is dropped, the first row is the header. */
final class PipeTableParser {

    private PipeTableParser() {}

    static boolean isSeparator(String content) {
        boolean dash = false;
        boolean pipe = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c == '|') {
                pipe = true;
            } else if (c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return dash && pipe;
    }

    /** Whether a line can be a table row: it has a pipe that is not escaped. */
    static boolean hasPipe(String text, Line line) {
        for (int i = line.contentStart(); i < line.contentEnd(); i++) {
            if (text.charAt(i) == '|' && !escaped(text, i, line.contentStart())) {
                return true;
            }
        }
        return false;
    }

    /** Builds a table from its lines, masking inline markup of the cells in {@code buf}. */
    static Table parse(String text, char[] buf, List<Line> lines, String section) {
        List<List<TableCell>> rows = new ArrayList<>();
        for (Line line : lines) {
            String content = text.substring(line.contentStart(), line.contentEnd());
            if (isSeparator(content)) {
                continue;
            }
            rows.add(row(text, buf, line, rows.isEmpty()));
        }
        int start = lines.get(0).contentStart();
        int end = lines.get(lines.size() - 1).contentEnd();
        return new Table(rows, section, start, end);
    }

    private static List<TableCell> row(String text, char[] buf, Line line, boolean header) {
        int cs = line.contentStart();
        int ce = line.contentEnd();
        List<TableCell> cells = new ArrayList<>();
        int cellStart = text.charAt(cs) == '|' ? cs + 1 : cs;
        for (int i = cellStart; i < ce; i++) {
            if (text.charAt(i) == '|' && !escaped(text, i, cs)) {
                cells.add(cell(buf, cellStart, i, header));
                cellStart = i + 1;
            }
        }
        boolean closed = ce > cs + 1 && text.charAt(ce - 1) == '|' && !escaped(text, ce - 1, cs);
        if (!closed && cellStart < ce) {
            cells.add(cell(buf, cellStart, ce, header));
        }
        return cells;
    }

    private static TableCell cell(char[] buf, int from, int to, boolean header) {
        InlineMasker.mask(buf, from, to);
        return new TableCell(HtmlTableParser.trimmed(buf, from, to), header);
    }

    private static boolean escaped(String text, int i, int from) {
        int backslashes = 0;
        for (int j = i - 1; j >= from && text.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
