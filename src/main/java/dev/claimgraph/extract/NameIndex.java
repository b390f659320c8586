package dev.claimgraph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds many literal names in a text in one pass: each place where a run of letters or digits
 * starts is looked up by that run, and only the names beginning with it are tried there.
 *
 * <p>One regular expression with hundreds of alternatives tries every one of them at every
 * character; this tries almost none.
 */
final class NameIndex<T> {

    /** A name found at [start, end). */
    record Hit<T>(int start, int end, T value) {}

    private record Entry<T>(LiteralName name, T value) {}

    /** Bits for the hashes of the first runs, so that most words are passed over without a lookup. */
    private static final int HASH_BITS = 1 << 16;

    private final Map<String, List<Entry<T>>> byFirstRun = new HashMap<>();
    private final BitSet firstRunHashes = new BitSet(HASH_BITS);

    /**
     * @param names each name and what it stands for
     * @param caseSensitive whether a name must match in its own case
     * @param after what must follow a name (a regex), or "" for nothing
     */
    NameIndex(Map<String, T> names, boolean caseSensitive, String after) {
        this(names, name -> caseSensitive, after);
    }

    /** As above, with each name's own case rule. */
    NameIndex(Map<String, T> names, java.util.function.Predicate<String> caseSensitive, String after) {
        Pattern afterPattern = after.isEmpty() ? null : Pattern.compile(after);
        names.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()))
                .forEach(e -> {
                    String run = Regions.lowerCase(e.getKey().substring(0, runEnd(e.getKey(), 0)));
                    if (!run.isEmpty()) {
                        byFirstRun.computeIfAbsent(run, k -> new ArrayList<>()).add(new Entry<>(
                                new LiteralName(e.getKey(), caseSensitive.test(e.getKey()), afterPattern),
                                e.getValue()));
                        firstRunHashes.set(run.hashCode() & (HASH_BITS - 1));
                    }
                });
    }

    /** Every name in {@code text}, the longest at each place, left to right (names may overlap). */
    List<Hit<T>> find(String text) {
        List<Hit<T>> hits = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isLetterOrDigit(c)) {
                continue;
            }
            if (i > 0 && (isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_'
                    || text.charAt(i - 1) == '-')) {
                continue; // names start a word: "Llama" in "CodeLlama" or "Code-Llama" is not one
            }
            List<Entry<T>> candidates = candidatesAt(text, i);
            if (candidates == null) {
                continue;
            }
            for (Entry<T> entry : candidates) {
                int end = entry.name().endAt(text, i);
                if (end >= 0) {
                    hits.add(new Hit<>(i, end, entry.value()));
                    break;
                }
            }
        }
        return hits;
    }

    /** The names that begin with the lower-cased run at {@code from}, or null. */
    private List<Entry<T>> candidatesAt(String text, int from) {
        boolean letters = Character.isLetter(lower(text.charAt(from)));
        int end = from;
        int hash = 0;
        while (end < text.length()) {
            char c = lower(text.charAt(end));
            if (letters ? !Character.isLetter(c) : !Character.isDigit(c)) {
                break;
            }
            hash = 31 * hash + c;
            end++;
        }
        if (!firstRunHashes.get(hash & (HASH_BITS - 1))) {
            return null;
        }
        return byFirstRun.get(Regions.lowerCase(text.substring(from, end)));
    }

    /** {@link Character#isLetterOrDigit(char)}, without its table lookup for ASCII. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    /** {@link Character#toLowerCase(char)}, without its table lookup for ASCII. */
    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    /** The end of the run of letters, or of digits, that starts at {@code from}. */
    private static int runEnd(String text, int from) {
        int end = from;
        boolean letters = end < text.length() && Character.isLetter(text.charAt(end));
        while (end < text.length() && (letters ? Character.isLetter(text.charAt(end))
                : Character.isDigit(text.charAt(end)))) {
            end++;
        }
        return end;
    }
}
