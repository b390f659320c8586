package dev.claimgraph.source;

import java.util.Map;

/** Masks HTML tags with spaces and writes character references as their character plus spaces. */
final class HtmlMasking {

    private static final int MAX_TAG_LENGTH = 1000;
    private static final int MAX_ENTITY_LENGTH = 12;

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("hellip", "…"), Map.entry("times", "×"), Map.entry("plusmn", "±"), Map.entry("le", "≤"),
            Map.entry("ge", "≥"), Map.entry("minus", "−"), Map.entry("middot", "·"), Map.entry("lsquo", "‘"),
            Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("deg", "°"),
            Map.entry("asymp", "≈"), Map.entry("approx", "≈"), Map.entry("rarr", "→"), Map.entry("larr", "←"),
            Map.entry("uarr", "↑"), Map.entry("darr", "↓"), Map.entry("dagger", "†"), Map.entry("Dagger", "‡"),
            Map.entry("sect", "§"), Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("trade", "™"),
            Map.entry("bull", "•"), Map.entry("percnt", "%"), Map.entry("thinsp", " "), Map.entry("ensp", " "),
            Map.entry("emsp", " "), Map.entry("shy", " "), Map.entry("zwnj", " "), Map.entry("zwj", " "));

    private HtmlMasking() {}

    /** Masks every tag and reference in {@code buf[from..to)}. */
    static void mask(char[] buf, int from, int to) {
        int i = from;
        while (i < to) {
            char c = buf[i];
            int n = c == '<' ? tagLength(buf, i, to) : c == '&' ? entity(buf, i, to) : 0;
            if (n > 0 && c == '<') {
                blank(buf, i, i + n);
            }
            i += Math.max(n, 1);
        }
    }

    /** Length of the tag or comment starting at {@code i}, or 0 when none starts there. */
    static int tagLength(char[] buf, int i, int to) {
        if (i + 1 >= to || buf[i] != '<') {
            return 0;
        }
        char next = buf[i + 1];
        int limit = Math.min(to, i + MAX_TAG_LENGTH);
        if (next == '!' && i + 3 < to && buf[i + 2] == '-' && buf[i + 3] == '-') {
            for (int j = i + 4; j + 2 < limit; j++) {
                if (buf[j] == '-' && buf[j + 1] == '-' && buf[j + 2] == '>') {
                    return j + 3 - i;
                }
            }
            return 0;
        }
        boolean startsTag = isAsciiLetter(next)
                || ((next == '/' || next == '!') && i + 2 < to && isAsciiLetter(buf[i + 2]));
        if (!startsTag) {
            return 0;
        }
        char quote = 0;
        for (int j = i + 2; j < limit; j++) {
            char c = buf[j];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j + 1 - i;
            } else if (c == '<' || c == '\n') {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Replaces the character reference starting at {@code i} by its character followed by spaces
     * and returns the reference's length, or returns 0 and changes nothing.
     */
    static int entity(char[] buf, int i, int to) {
        int limit = Math.min(to, i + MAX_ENTITY_LENGTH);
        int semi = -1;
        for (int j = i + 1; j < limit; j++) {
            if (buf[j] == ';') {
                semi = j;
                break;
            }
            if (!Character.isLetterOrDigit(buf[j]) && buf[j] != '#') {
                return 0;
            }
        }
        if (semi < i + 2) {
            return 0;
        }
        String name = new String(buf, i + 1, semi - i - 1);
        String value = decode(name);
        if (value == null || value.length() > semi + 1 - i) {
            return 0;
        }
        blank(buf, i, semi + 1);
        value.getChars(0, value.length(), buf, i);
        return semi + 1 - i;
    }

    private static String decode(String name) {
        if (name.startsWith("#")) {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                if (cp < 0x20 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    return cp == 9 || cp == 10 ? " " : null;
                }
                return new String(Character.toChars(cp));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(name);
    }

    static void blank(char[] buf, int from, int to) {
        for (int k = from; k < to; k++) {
            buf[k] = ' ';
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
