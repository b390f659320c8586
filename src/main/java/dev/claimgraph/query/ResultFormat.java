package dev.claimgraph.query;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How a query result is written: an aligned text table, a JSON array of objects, or CSV. */
public enum ResultFormat {

    TABLE {
        @Override
        public void write(QueryResult result, Writer out) throws IOException {
            List<String> columns = columns(result);
            if (result.rows().isEmpty()) {
                out.write("(no rows)\n");
                return;
            }
            int[] widths = new int[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                widths[i] = columns.get(i).length();
                for (TableRow row : result.rows()) {
                    widths[i] = Math.max(widths[i], cell(row, columns.get(i)).length());
                }
            }
            line(out, columns, widths);
            List<String> rule = new ArrayList<>();
            for (int width : widths) {
                rule.add("-".repeat(width));
            }
            line(out, rule, widths);
            for (TableRow row : result.rows()) {
                line(out, columns.stream().map(c -> cell(row, c)).toList(), widths);
            }
        }

        private void line(Writer out, List<String> cells, int[] widths) throws IOException {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                s.append(i == 0 ? "" : "  ").append(cells.get(i));
                if (i < cells.size() - 1) {
                    s.append(" ".repeat(widths[i] - cells.get(i).length()));
                }
            }
            out.write(s.toString().stripTrailing() + "\n");
        }
    },

    JSON {
        private final ObjectMapper json = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

        @Override
        public void write(QueryResult result, Writer out) throws IOException {
            json.writeValue(out, result.records());
            out.write("\n");
        }
    },

    CSV {
        @Override
        public void write(QueryResult result, Writer out) throws IOException {
            List<String> columns = columns(result);
            out.write(String.join(",", columns.stream().map(ResultFormat::quote).toList()) + "\r\n");
            for (TableRow row : result.rows()) {
                out.write(String.join(",", columns.stream().map(c -> quote(cell(row, c))).toList()) + "\r\n");
            }
        }
    };

    /** Writes the result; the writer is flushed, not closed. */
    public abstract void write(QueryResult result, Writer out) throws IOException;

    /** The format with this name (table, json, csv), ignoring case. */
    public static ResultFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QueryUsageException("unknown format '" + name + "' (use table, json or csv)");
        }
    }

    /** Writes to a string, for tests and small outputs. */
    public String toString(QueryResult result) {
        var out = new java.io.StringWriter();
        try {
            write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Columns in first-seen order over all rows, since head-to-head names columns after its models. */
    private static List<String> columns(QueryResult result) {
        Set<String> columns = new LinkedHashSet<>();
        result.rows().forEach(row -> columns.addAll(row.cells().keySet()));
        return new ArrayList<>(columns);
    }

    private static String cell(TableRow row, String column) {
        // Tables and CSV keep one line per row.
        return row.cells().getOrDefault(column, "").replaceAll("\\s*\\R\\s*", " ");
    }

    private static String quote(String cell) {
        if (cell.isEmpty() || cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
