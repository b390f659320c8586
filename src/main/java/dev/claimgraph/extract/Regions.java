package dev.claimgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pattern tests on a stretch of a text, without copying the stretch out first. */
final class Regions {

    private Regions() {}

    /** Whether all of [from, to) of {@code text} matches {@code pattern}. */
    static boolean matches(Pattern pattern, String text, int from, int to) {
        Matcher m = pattern.matcher(text);
        m.region(from, to);
        m.useTransparentBounds(true);
        return m.matches();
    }

    /** Whether {@code pattern} matches at the start of [from, end of text). */
    static boolean startsWith(Pattern pattern, String text, int from) {
        Matcher m = pattern.matcher(text);
        m.region(from, text.length());
        m.useTransparentBounds(true);
        return m.lookingAt();
    }

    /** The text in lower case, char by char, so that every offset stays where it was. */
    static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = lower(chars[i]);
        }
        return new String(chars);
    }

    /** Whether {@link #lowerCase(String) the text in lower case} holds {@code word} at {@code at}. */
    static boolean lowerCaseMatchesAt(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (lower(text.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@link Character#toLowerCase(char)}, without its table lookup for ASCII. */
    static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }
}
