package dev.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits running text into sentences, keeping offsets, without breaking at "vs." or decimals. */
final class SentenceSplitter {

    /** A sentence as [start, end) offsets into the split text. */
    record Bounds(int start, int end) {}

    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:\\bvs|\\be\\.g|\\bi\\.e|\\bet al|\\betc|\\bfig|\\bapprox|\\bno|\\bcf|\\bresp|\\bincl|\\bca|\\bv)$");

    private SentenceSplitter() {}

    /**
     * Sentences end at ".", "!" or "?" (also the full-width forms) before white space and a
     * capital, a digit, a quote or a bracket, before the end, or before a Chinese character; and
     * at a blank line. A period after an abbreviation ("vs.", "e.g.", "et al.") ends nothing.
     */
    static List<Bounds> split(String text) {
        List<Bounds> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\n') {
                int j = i + 1;
                while (j < n && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < n && text.charAt(j) == '\n') {
                    end = j + 1;
                }
            } else if (isStop(c) && endsSentence(text, i) && !(c == '.' && afterAbbreviation(text, i))) {
                end = i + 1;
            }
            if (end > 0) {
                add(sentences, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(sentences, text, start, n);
        return sentences;
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？';
    }

    /** What follows a stop: white space and then a sentence start, or nothing, or a Chinese character. */
    private static boolean endsSentence(String text, int at) {
        int j = at + 1;
        if (j < text.length() && Character.UnicodeScript.of(text.codePointAt(j)) == Character.UnicodeScript.HAN) {
            return true;
        }
        int spaces = j;
        while (spaces < text.length() && Character.isWhitespace(text.charAt(spaces))) {
            spaces++;
        }
        if (spaces == text.length()) {
            return true;
        }
        if (spaces == j) {
            return false;
        }
        char next = text.charAt(spaces);
        return Character.isUpperCase(next) || Character.isDigit(next) || "\"'([“".indexOf(next) >= 0;
    }

    private static boolean afterAbbreviation(String text, int at) {
        return ABBREVIATION.matcher(text.substring(Math.max(0, at - 8), at)).find();
    }

    private static void add(List<Bounds> into, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            into.add(new Bounds(start, end));
        }
    }
}
