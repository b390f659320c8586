package dev.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A literal name in which spaces and hyphens are interchangeable and may be left out
 * ("Code Llama", "Code-Llama", "CodeLlama"), matched at a given place of a text.
 *
 * <p>It matches exactly what the regular expression of quoted pieces joined by {@code [ -]?}
 * would, case folding only ASCII letters as such a pattern does, without building a matcher
 * for every place a name might start.
 */
final class LiteralName {

    /** The pieces of the name; null stands for one optional space or hyphen. */
    private final String[] pieces;
    private final boolean caseSensitive;
    /** What must follow the name, or null for nothing. */
    private final Pattern after;

    LiteralName(String name, boolean caseSensitive, Pattern after) {
        List<String> parts = new ArrayList<>();
        for (String piece : name.split("(?<=[ -])|(?=[ -])")) {
            parts.add(piece.equals(" ") || piece.equals("-") ? null : piece);
        }
        this.pieces = parts.toArray(new String[0]);
        this.caseSensitive = caseSensitive;
        this.after = after;
    }

    /** Where the name ends when it starts at {@code from} of {@code text}, or -1 when it does not. */
    int endAt(String text, int from) {
        return endAt(text, 0, from);
    }

    /** Tries the pieces from {@code piece} on, a separator taken before left out, as a regex backtracks. */
    private int endAt(String text, int piece, int at) {
        if (piece == pieces.length) {
            return after == null || Regions.startsWith(after, text, at) ? at : -1;
        }
        String literal = pieces[piece];
        if (literal == null) {
            if (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '-')) {
                int end = endAt(text, piece + 1, at + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return endAt(text, piece + 1, at);
        }
        if (at + literal.length() > text.length()) {
            return -1;
        }
        for (int j = 0; j < literal.length(); j++) {
            char wanted = literal.charAt(j);
            char seen = text.charAt(at + j);
            if (seen != wanted && (caseSensitive || asciiLower(seen) != asciiLower(wanted))) {
                return -1;
            }
        }
        return endAt(text, piece + 1, at + literal.length());
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
