package dev.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits running text into sentences, keeping offsets, without breaking at "vs." or decimals. */
final class SentenceSplitter {

    /** A sentence as [start, end) offsets into the split text. */
    record Bounds(int start, int end) {}

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "vs", "e.g", "i.e", "al", "etc", "fig", "approx", "no", "cf", "resp", "incl", "ca", "v");

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

    /** Whether the word before the period is "vs", "e.g", "i.e", "et al", "etc", "fig", "cf", ... */
    private static boolean afterAbbreviation(String text, int at) {
        int from = at;
        while (from > 0 && at - from < 8 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        if (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
            return false;
        }
        return ABBREVIATIONS.contains(Regions.lowerCase(text.substring(from, at)));
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
