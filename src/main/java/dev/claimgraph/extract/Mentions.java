package dev.claimgraph.extract;

import java.util.List;

/** The models, benchmarks, settings, numbers and quantities named in one block of text. */
record Mentions(
        List<Located> models,
        List<BenchmarkMention> benchmarks,
        List<SettingParser.Found> settings,
        List<ScoreMention> numbers,
        List<QuantityMention> quantities) {

    /** A model mention; wrapped so that the same name at two places stays two mentions. */
    record Located(ModelMention model) {}

    static Mentions of(String text, ModelRecognizer models, BenchmarkRecognizer benchmarks, ShortNameResolver names) {
        List<BenchmarkMention> benches = benchmarks.find(models.wordStarts(text));
        List<ModelMention> found = models.find(text).stream()
                .filter(m -> benches.stream().noneMatch(b -> b.start() < m.end() && m.start() < b.end()))
                .toList();
        List<Located> located = names.complete(text, found).stream()
                .filter(m -> benches.stream().noneMatch(b -> b.start() < m.end() && m.start() < b.end()))
                .map(Located::new).toList();
        List<SettingParser.Found> settings = SettingParser.find(text);
        List<QuantityMention> quantities = QuantityFinder.find(text);
        List<ScoreMention> numbers = NumberFinder.find(text).stream()
                .filter(n -> located.stream().noneMatch(m -> overlaps(m.model().start(), m.model().end(), n)))
                .filter(n -> benches.stream().noneMatch(b -> overlaps(b.start(), b.end(), n)))
                .filter(n -> settings.stream().noneMatch(x -> overlaps(x.start(), x.end(), n)))
                .filter(n -> quantities.stream().noneMatch(q -> overlaps(q.start(), q.end(), n)))
                .toList();
        return new Mentions(located, benches, settings, numbers, quantities);
    }

    private static boolean overlaps(int start, int end, ScoreMention n) {
        return start < n.end() && n.start() < end;
    }

    /** The mentions that lie inside [start, end). */
    Mentions within(int start, int end) {
        return new Mentions(
                models.stream().filter(m -> m.model().start() >= start && m.model().end() <= end).toList(),
                benchmarks.stream().filter(b -> b.start() >= start && b.end() <= end).toList(),
                settings.stream().filter(x -> x.start() >= start && x.end() <= end).toList(),
                numbers.stream().filter(n -> n.start() >= start && n.end() <= end).toList(),
                quantities.stream().filter(q -> q.start() >= start && q.end() <= end).toList());
    }
}
