package dev.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits running text into sentences, keeping offsets, without breaking at "vs." or decimals. */
final class SentenceSplitter {

    /** A sentence as [start, end) offsets into the split text. */
    record Bounds(int start, int end) {}

    private static final Pattern END = Pattern.compile("[.!?。！？](?=\\s+[\\p{Lu}\\d\"'(\\[“]|\\s*$|[\\p{IsHan}])|\\n\\s*\\n");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:\\bvs|\\be\\.g|\\bi\\.e|\\bet al|\\betc|\\bfig|\\bapprox|\\bno|\\bcf|\\bresp|\\bincl|\\bca|\\bv)$");

    private SentenceSplitter() {}

    static List<Bounds> split(String text) {
        List<Bounds> sentences = new ArrayList<>();
        int start = 0;
        Matcher m = END.matcher(text);
        while (m.find()) {
            if (m.group().startsWith(".") && ABBREVIATION.matcher(text.substring(Math.max(0, m.start() - 8), m.start()))
                    .find()) {
                continue;
            }
            add(sentences, text, start, m.end());
            start = m.end();
        }
        add(sentences, text, start, text.length());
        return sentences;
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
