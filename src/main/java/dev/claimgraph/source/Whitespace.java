package dev.claimgraph.source;

import java.util.regex.Pattern;

/** Collapses runs of whitespace to single spaces, leaving texts that need no change as they are. */
final class Whitespace {

    private static final Pattern RUN = Pattern.compile("\\s+");

    private Whitespace() {}

    /** What {@code text.replaceAll("\\s+", " ")} gives, without a search when every run is one space already. */
    static String collapse(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = isSpace(c);
            if (space && (c != ' ' || i + 1 < text.length() && isSpace(text.charAt(i + 1)))) {
                return RUN.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    /** The characters of {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
