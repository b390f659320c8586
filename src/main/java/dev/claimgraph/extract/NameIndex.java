package dev.claimgraph.extract;

import java.util.ArrayList;
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

    /**
     * The names by their first run in lower case, in an open-addressing table: a word of the text
     * is looked up in place, without copying it out.
     */
    private final String[] firstRuns;
    private final List<Entry<T>>[] byFirstRun;

    /**
     * @param names each name and what it stands for
     * @param caseSensitive whether a name must match in its own case
     * @param after what must follow a name (a regex), or "" for nothing
     */
    NameIndex(Map<String, T> names, boolean caseSensitive, String after) {
        this(names, name -> caseSensitive, after);
    }

    /** As above, with each name's own case rule. */
    @SuppressWarnings("unchecked")
    NameIndex(Map<String, T> names, java.util.function.Predicate<String> caseSensitive, String after) {
        Pattern afterPattern = after.isEmpty() ? null : Pattern.compile(after);
        Map<String, List<Entry<T>>> byRun = new HashMap<>();
        names.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()))
                .forEach(e -> {
                    String run = Regions.lowerCase(e.getKey().substring(0, runEnd(e.getKey(), 0)));
                    if (!run.isEmpty()) {
                        byRun.computeIfAbsent(run, k -> new ArrayList<>()).add(new Entry<>(
                                new LiteralName(e.getKey(), caseSensitive.test(e.getKey()), afterPattern),
                                e.getValue()));
                    }
                });
        // A table at most a quarter full keeps the probes short.
        int size = Integer.highestOneBit(Math.max(4, byRun.size() * 4) - 1) << 1;
        firstRuns = new String[size];
        byFirstRun = new List[size];
        byRun.forEach((run, entries) -> {
            int slot = slot(run.hashCode());
            while (firstRuns[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            firstRuns[slot] = run;
            byFirstRun[slot] = entries;
        });
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (firstRuns.length - 1);
    }

    /** Every name in {@code text}, the longest at each place, left to right (names may overlap). */
    List<Hit<T>> find(String text) {
        return find(WordStarts.of(text));
    }

    /** As {@link #find(String)}, for a text whose word starts are found already. */
    List<Hit<T>> find(WordStarts words) {
        List<Hit<T>> hits = new ArrayList<>();
        String text = words.text();
        for (int k = 0; k < words.count(); k++) {
            int i = words.start(k);
            List<Entry<T>> candidates = candidates(text, i, words.runEnd(k), words.runHash(k));
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

    /** The names that begin with the lower-cased run [from, end) of {@code text}, whose hash is given, or null. */
    private List<Entry<T>> candidates(String text, int from, int end, int hash) {
        for (int slot = slot(hash); firstRuns[slot] != null; slot = (slot + 1) & (firstRuns.length - 1)) {
            String run = firstRuns[slot];
            if (run.length() == end - from && Regions.lowerCaseMatchesAt(text, from, run)) {
                return byFirstRun[slot];
            }
        }
        return null;
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
