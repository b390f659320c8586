package dev.claimgraph.extract;

import java.util.Arrays;

/**
 * The places where words start in a text, each with the hash of its first run in lower case:
 * found in one pass and shared by every name index that looks the words up.
 */
final class WordStarts {

    private final String text;
    private final int[] starts;
    private final int[] runEnds;
    private final int[] runHashes;
    private final int count;

    private WordStarts(String text, int[] starts, int[] runEnds, int[] runHashes, int count) {
        this.text = text;
        this.starts = starts;
        this.runEnds = runEnds;
        this.runHashes = runHashes;
        this.count = count;
    }

    /**
     * The word starts of {@code text}: a letter or digit not after another, nor after "_" or "-"
     * ("Llama" in "CodeLlama" or "Code-Llama" starts none). Its first run is its letters, or its
     * digits, judged in lower case.
     */
    static WordStarts of(String text) {
        int[] starts = new int[16];
        int[] runEnds = new int[16];
        int[] runHashes = new int[16];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!isLetterOrDigit(text.charAt(i))) {
                continue;
            }
            if (i > 0 && (isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_'
                    || text.charAt(i - 1) == '-')) {
                continue;
            }
            boolean letters = Character.isLetter(Regions.lower(text.charAt(i)));
            int end = i;
            int hash = 0;
            while (end < text.length()) {
                char c = Regions.lower(text.charAt(end));
                if (letters ? !Character.isLetter(c) : !Character.isDigit(c)) {
                    break;
                }
                hash = 31 * hash + c;
                end++;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                runEnds = Arrays.copyOf(runEnds, count * 2);
                runHashes = Arrays.copyOf(runHashes, count * 2);
            }
            starts[count] = i;
            runEnds[count] = end;
            runHashes[count] = hash;
            count++;
        }
        return new WordStarts(text, starts, runEnds, runHashes, count);
    }

    String text() {
        return text;
    }

    int count() {
        return count;
    }

    /** Where the {@code k}th word starts. */
    int start(int k) {
        return starts[k];
    }

    /** Where the first run of the {@code k}th word ends. */
    int runEnd(int k) {
        return runEnds[k];
    }

    /** The {@link String#hashCode() hash} of the first run of the {@code k}th word, in lower case. */
    int runHash(int k) {
        return runHashes[k];
    }

    /** {@link Character#isLetterOrDigit(char)}, without its table lookup for ASCII. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }
}
