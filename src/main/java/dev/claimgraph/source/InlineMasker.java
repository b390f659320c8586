package dev.claimgraph.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Masks inline Markdown (emphasis, code spans, links, escapes, HTML tags and references) with
 * spaces, keeping every visible character at its offset.
 */
final class InlineMasker {

    private static final int MAX_LINK_SCAN = 2000;
    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private InlineMasker() {}

    /** Masks {@code buf[from..to)} in place. */
    static void mask(char[] buf, int from, int to) {
        boolean[] literal = new boolean[to - from];
        maskCodeEscapesAndHtml(buf, from, to, literal);
        maskLinks(buf, from, to, literal);
        maskEmphasis(buf, from, to, literal);
    }

    private static void maskCodeEscapesAndHtml(char[] buf, int from, int to, boolean[] literal) {
        int i = from;
        while (i < to) {
            char c = buf[i];
            if (c == '\\' && i + 1 < to && ASCII_PUNCTUATION.indexOf(buf[i + 1]) >= 0) {
                buf[i] = ' ';
                literal[i - from] = true;
                literal[i + 1 - from] = true;
                i += 2;
            } else if (c == '`') {
                i = codeSpan(buf, i, to, from, literal);
            } else if (c == '<') {
                int n = autolink(buf, i, to);
                if (n > 0) {
                    buf[i] = ' ';
                    buf[i + n - 1] = ' ';
                } else {
                    n = HtmlMasking.tagLength(buf, i, to);
                    HtmlMasking.blank(buf, i, i + n);
                }
                for (int k = i; k < i + Math.max(n, 1); k++) {
                    literal[k - from] = true;
                }
                i += Math.max(n, 1);
            } else if (c == '&') {
                int n = HtmlMasking.entity(buf, i, to);
                for (int k = i; k < i + Math.max(n, 1); k++) {
                    literal[k - from] = true;
                }
                i += Math.max(n, 1);
            } else {
                i++;
            }
        }
    }

    private static int codeSpan(char[] buf, int i, int to, int from, boolean[] literal) {
        int run = runLength(buf, i, to, '`');
        int j = i + run;
        while (j < to) {
            if (buf[j] == '`') {
                int close = runLength(buf, j, to, '`');
                if (close == run) {
                    for (int k = i; k < j + close; k++) {
                        literal[k - from] = true;
                    }
                    HtmlMasking.blank(buf, i, i + run);
                    HtmlMasking.blank(buf, j, j + close);
                    return j + close;
                }
                j += close;
            } else {
                j++;
            }
        }
        for (int k = i; k < i + run; k++) {
            literal[k - from] = true;
        }
        return i + run;
    }

    // <https://example.org>: the brackets go, the address stays.
    private static int autolink(char[] buf, int i, int to) {
        int limit = Math.min(to, i + MAX_LINK_SCAN);
        int j = i + 1;
        while (j < limit && Character.isLetter(buf[j])) {
            j++;
        }
        if (j == i + 1 || j >= limit || buf[j] != ':') {
            return 0;
        }
        for (; j < limit; j++) {
            if (buf[j] == '>') {
                return j + 1 - i;
            }
            if (buf[j] == ' ' || buf[j] == '<' || buf[j] == '\n') {
                return 0;
            }
        }
        return 0;
    }

    private static void maskLinks(char[] buf, int from, int to, boolean[] literal) {
        int[] closeBracket = matches(buf, from, to, literal, '[', ']');
        int[] closeParen = null;
        for (int i = from; i < to; i++) {
            int close = closeBracket[i - from];
            if (buf[i] != '[' || close < 0 || close + 1 >= to || buf[close + 1] != '(' || literal[close + 1 - from]) {
                continue;
            }
            if (closeParen == null) {
                closeParen = matches(buf, from, to, literal, '(', ')');
            }
            int paren = closeParen[close + 1 - from];
            if (paren < 0) {
                continue;
            }
            if (i > from && buf[i - 1] == '!') {
                buf[i - 1] = ' ';
            }
            buf[i] = ' ';
            HtmlMasking.blank(buf, close, paren + 1);
            for (int k = close; k <= paren; k++) {
                literal[k - from] = true;
            }
            i = close;
        }
    }

    /** For each opening bracket, the offset of its matching closing bracket, or -1; one pass. */
    private static int[] matches(char[] buf, int from, int to, boolean[] literal, char open, char close) {
        int[] match = new int[to - from];
        java.util.Arrays.fill(match, -1);
        int[] stack = new int[to - from];
        int depth = 0;
        for (int j = from; j < to; j++) {
            if (literal[j - from]) {
                continue;
            }
            if (buf[j] == open) {
                stack[depth++] = j;
            } else if (buf[j] == close && depth > 0) {
                match[stack[--depth] - from] = j;
            } else if (buf[j] == '\n') {
                depth = 0;
            }
        }
        return match;
    }

    private record Delimiter(char c, int start, int length) {}

    private static void maskEmphasis(char[] buf, int from, int to, boolean[] literal) {
        List<Delimiter> stars = new ArrayList<>();
        List<Delimiter> underscores = new ArrayList<>();
        List<Delimiter> tildes = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = buf[i];
            if ((c != '*' && c != '_' && c != '~') || literal[i - from]) {
                i++;
                continue;
            }
            int run = runLength(buf, i, to, c);
            int end = i + run;
            if (c == '~' && run != 2) {
                i = end;
                continue;
            }
            char before = i > from ? buf[i - 1] : ' ';
            char after = end < to ? buf[end] : ' ';
            boolean left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
            boolean right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
            boolean canOpen = c == '_' ? left && (!right || isPunctuation(before)) : left;
            boolean canClose = c == '_' ? right && (!left || isPunctuation(after)) : right;
            List<Delimiter> stack = c == '*' ? stars : c == '_' ? underscores : tildes;
            if (canClose && !stack.isEmpty()) {
                Delimiter d = stack.remove(stack.size() - 1);
                HtmlMasking.blank(buf, d.start(), d.start() + d.length());
                HtmlMasking.blank(buf, i, end);
            } else if (canOpen) {
                stack.add(new Delimiter(c, i, run));
            }
            i = end;
        }
    }

    private static int runLength(char[] buf, int i, int to, char c) {
        int j = i;
        while (j < to && buf[j] == c) {
            j++;
        }
        return j - i;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
    }

    private static boolean isPunctuation(char c) {
        return !isSpace(c) && !Character.isLetterOrDigit(c);
    }
}
