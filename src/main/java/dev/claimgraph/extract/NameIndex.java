package dev.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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

    private record Entry<T>(Pattern pattern, T value) {}

    private final Map<String, List<Entry<T>>> byFirstRun = new HashMap<>();

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
        names.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()))
                .forEach(e -> {
                    String run = firstRun(e.getKey(), 0);
                    if (!run.isEmpty()) {
                        byFirstRun.computeIfAbsent(Regions.lowerCase(run), k -> new ArrayList<>())
                                .add(new Entry<>(Pattern.compile(ModelRecognizer.literal(e.getKey()) + after,
                                        caseSensitive.test(e.getKey()) ? 0 : Pattern.CASE_INSENSITIVE), e.getValue()));
                    }
                });
    }

    /** Every name in {@code text}, the longest at each place, left to right (names may overlap). */
    List<Hit<T>> find(String text) {
        List<Hit<T>> hits = new ArrayList<>();
        String lower = Regions.lowerCase(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            if (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_'
                    || text.charAt(i - 1) == '-')) {
                continue; // names start a word: "Llama" in "CodeLlama" or "Code-Llama" is not one
            }
            List<Entry<T>> candidates = byFirstRun.get(firstRun(lower, i));
            if (candidates == null) {
                continue;
            }
            for (Entry<T> entry : candidates) {
                Matcher m = entry.pattern().matcher(text);
                m.region(i, text.length());
                m.useTransparentBounds(true);
                if (m.lookingAt()) {
                    hits.add(new Hit<>(i, m.end(), entry.value()));
                    break;
                }
            }
        }
        return hits;
    }

    /** The run of letters, or of digits, that starts at {@code from}. */
    private static String firstRun(String text, int from) {
        int end = from;
        boolean letters = end < text.length() && Character.isLetter(text.charAt(end));
        while (end < text.length() && (letters ? Character.isLetter(text.charAt(end))
                : Character.isDigit(text.charAt(end)))) {
            end++;
        }
        return text.substring(from, end);
    }
}
