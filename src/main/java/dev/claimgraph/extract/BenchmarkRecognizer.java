package dev.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds benchmark names from the lexicon in text, with their aliases and spelling variants. */
final class BenchmarkRecognizer {

    private final Pattern caseSensitive;
    private final Pattern caseInsensitive;
    private final Map<String, String> canonical = new HashMap<>();

    BenchmarkRecognizer(Lexicon lexicon) {
        List<String> sensitive = new ArrayList<>();
        List<String> insensitive = new ArrayList<>();
        for (Lexicon.Benchmark b : lexicon.benchmarks()) {
            for (String alias : Lexicon.namesOf(b, Lexicon.Benchmark::name, Lexicon.Benchmark::aliases)) {
                (b.caseSensitive() ? sensitive : insensitive).add(alias);
                canonical.putIfAbsent(Lexicon.key(alias), b.name());
            }
        }
        caseSensitive = compile(sensitive, 0);
        caseInsensitive = compile(insensitive, Pattern.CASE_INSENSITIVE);
    }

    private static Pattern compile(List<String> names, int flags) {
        return Pattern.compile("(?<![\\w-])(?:" + ModelRecognizer.alternation(names) + ")(?![A-Za-z0-9]|-[A-Za-z0-9])",
                flags);
    }

    /** Benchmark names in {@code text}, left to right; a name repeated right after itself counts once. */
    List<BenchmarkMention> find(String text) {
        List<BenchmarkMention> found = new ArrayList<>();
        collect(caseSensitive.matcher(text), found);
        collect(caseInsensitive.matcher(text), found);
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

    private void collect(Matcher m, List<BenchmarkMention> into) {
        while (m.find()) {
            String name = canonical.get(Lexicon.key(m.group()));
            if (name != null) {
                into.add(new BenchmarkMention(m.start(), m.end(), name));
            }
        }
    }
}
