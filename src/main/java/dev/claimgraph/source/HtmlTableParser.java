package dev.claimgraph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an HTML table pasted into a summary, tolerating missing end tags, attributes, wrappers
 * such as {@code <thead>} and markup inside cells; tags in cells become spaces.
 */
final class HtmlTableParser {

    private static final Pattern TAG =
            Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]{0,20})\\b[^<>]{0,1000}>");
    private static final Pattern TABLE_TAG =
            Pattern.compile("<(/?)table\\b[^<>]{0,1000}>", Pattern.CASE_INSENSITIVE);

    private HtmlTableParser() {}

    /**
     * The end of the table that starts at {@code start} (just past its matching {@code </table>}),
     * or -1 when it is never closed.
     */
    static int end(String text, int start) {
        Matcher m = TABLE_TAG.matcher(text);
        m.region(start, text.length());
        int depth = 0;
        while (m.find()) {
            depth += m.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return m.end();
            }
        }
        return -1;
    }

    private record CellRange(int start, int end, boolean header) {}

    /**
     * Parses the table in {@code text[start..end)}, masking the cells' markup in {@code buf} (a copy
     * of the text of the same length).
     */
    static Table parse(String text, char[] buf, int start, int end, String section) {
        List<List<CellRange>> rows = new ArrayList<>();
        List<CellRange> row = null;
        int cellStart = -1;
        boolean cellHeader = false;
        boolean anyHeaderCell = false;
        int depth = 0;
        Matcher m = TAG.matcher(text);
        m.region(start, end);
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            boolean closing = !m.group(1).isEmpty();
            if (name.equals("table")) {
                depth += closing ? -1 : 1;
                continue;
            }
            if (depth != 1) {
                continue;
            }
            boolean structural = name.equals("tr") || name.equals("td") || name.equals("th")
                    || name.equals("thead") || name.equals("tbody") || name.equals("tfoot");
            if (!structural) {
                continue;
            }
            if (cellStart >= 0) {
                row.add(new CellRange(cellStart, m.start(), cellHeader));
                cellStart = -1;
            }
            boolean cell = name.equals("td") || name.equals("th");
            if (cell && !closing) {
                if (row == null) {
                    row = new ArrayList<>();
                }
                cellStart = m.end();
                cellHeader = name.equals("th");
                anyHeaderCell |= cellHeader;
            } else if (!cell) {
                if (row != null && !row.isEmpty()) {
                    rows.add(row);
                }
                row = !closing && name.equals("tr") ? new ArrayList<>() : null;
            }
        }
        if (cellStart >= 0) {
            row.add(new CellRange(cellStart, end, cellHeader));
        }
        if (row != null && !row.isEmpty()) {
            rows.add(row);
        }
        List<List<TableCell>> cells = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<TableCell> out = new ArrayList<>();
            for (CellRange c : rows.get(r)) {
                HtmlMasking.mask(buf, c.start(), c.end());
                boolean header = anyHeaderCell ? c.header() : r == 0;
                out.add(new TableCell(trimmed(buf, c.start(), c.end()), header));
            }
            cells.add(out);
        }
        return new Table(cells, section, start, end);
    }

    /** The segment of {@code buf[from..to)} without leading and trailing blanks. */
    static Segment trimmed(char[] buf, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && (Character.isWhitespace(buf[s]) || Lines.isBlank(buf[s]))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(buf[e - 1]) || Lines.isBlank(buf[e - 1]))) {
            e--;
        }
        return new Segment(s, new String(buf, s, e - s));
    }
}
