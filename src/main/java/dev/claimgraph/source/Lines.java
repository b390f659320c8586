package dev.claimgraph.source;

import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Line}s, accepting both LF and CRLF line ends. */
final class Lines {

    private Lines() {}

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int number = 1;
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int next = nl < 0 ? n + 1 : nl + 1;
            int end = nl < 0 ? n : nl;
            if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
            lines.add(line(text, number++, start, end));
            if (nl < 0) {
                break;
            }
            start = next;
        }
        return lines;
    }

    private static Line line(String text, int number, int start, int end) {
        int indent = 0;
        int i = start;
        while (i < end && isBlank(text.charAt(i))) {
            indent = text.charAt(i) == '\t' ? (indent / 4 + 1) * 4 : indent + 1;
            i++;
        }
        int contentEnd = end;
        while (contentEnd > i && isBlank(text.charAt(contentEnd - 1))) {
            contentEnd--;
        }
        return new Line(number, start, end, i, contentEnd, indent);
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\r' || c == '\f'
                || c == '\u000B';
    }
}
