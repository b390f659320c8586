package dev.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds benchmark names from the lexicon in text, with their aliases and spelling variants. */
final class BenchmarkRecognizer {

    private static final String AFTER = "(?![A-Za-z0-9]|-[A-Za-z0-9])";

    private final NameIndex<String> names;

    BenchmarkRecognizer(Lexicon lexicon) {
        Map<String, String> canonical = new HashMap<>();
        java.util.Set<String> caseSensitive = new java.util.HashSet<>();
        for (Lexicon.Benchmark b : lexicon.benchmarks()) {
            for (String alias : Lexicon.namesOf(b, Lexicon.Benchmark::name, Lexicon.Benchmark::aliases)) {
                if (canonical.putIfAbsent(alias, b.name()) == null && b.caseSensitive()) {
                    caseSensitive.add(alias);
                }
            }
        }
        // One index for both kinds of name: a text is scanned once, the longest name winning.
        names = new NameIndex<>(canonical, caseSensitive::contains, AFTER);
    }

    /** Benchmark names in {@code text}, left to right; a name repeated right after itself counts once. */
    List<BenchmarkMention> find(String text) {
        return find(WordStarts.of(text));
    }

    /** As {@link #find(String)}, for a text whose word starts are found already. */
    List<BenchmarkMention> find(WordStarts words) {
        List<BenchmarkMention> found = new ArrayList<>();
        names.find(words).forEach(hit -> found.add(new BenchmarkMention(hit.start(), hit.end(), hit.value())));
        found.sort(Comparator.comparingInt((BenchmarkMention b) -> b.end() - b.start()).reversed());
        List<BenchmarkMention> kept = new ArrayList<>();
        for (BenchmarkMention candidate : found) {
            if (kept.stream().noneMatch(k -> k.start() < candidate.end() && candidate.start() < k.end())) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(BenchmarkMention::start));
        List<BenchmarkMention> merged = new ArrayList<>();
        for (BenchmarkMention b : kept) {
            BenchmarkMention last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.name().equals(b.name()) && b.start() - last.end() <= 3) {
                merged.set(merged.size() - 1, new BenchmarkMention(last.start(), b.end(), last.name()));
            } else {
                merged.add(b);
            }
        }
        return merged;
    }
}
