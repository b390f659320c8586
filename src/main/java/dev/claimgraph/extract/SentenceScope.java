package dev.claimgraph.extract;

import static dev.claimgraph.extract.ProsePatterns.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Which benchmark and which setting a number of a sentence goes with: the benchmark it follows or
 * that follows it, settings written beside it, stated for its benchmark or for the whole sentence.
 */
final class SentenceScope {

    private SentenceScope() {}

    static BenchmarkMention benchmarkFor(Sentence s, ScoreMention n, int after) {
        for (BenchmarkMention b : s.m().benchmarks()) {
            if (b.start() >= after && ON_BENCHMARK.matcher(maskSettings(s, after, b.start())).find()) {
                return b;
            }
        }
        BenchmarkMention parallel = parallelBenchmark(s, n);
        if (parallel != null) {
            return parallel;
        }
        BenchmarkMention before = null;
        for (BenchmarkMention b : s.m().benchmarks()) {
            if (b.end() <= n.start()) {
                before = b;
            }
        }
        if (before != null) {
            return before;
        }
        for (BenchmarkMention b : s.m().benchmarks()) {
            // "surpasses B (53.0%) and C (44.5%) on HumanEval": the benchmark closes the list
            if (b.start() >= after && LIST_BEFORE_BENCHMARK.matcher(maskMentions(s, after, b.start())).matches()) {
                return b;
            }
        }
        return null;
    }

    /**
     * "A gets 58.1 on C-Eval and 62.0 on CMMLU; B gets 54.0 and 57.1": numbers of a clause that
     * names no benchmark take those of the clause before, in order, when the counts agree.
     */
    static BenchmarkMention parallelBenchmark(Sentence s, ScoreMention n) {
        if (!s.mentions(";", "compared", "against", "versus", "while")) {
            return null;
        }
        int boundaryAt = -1;
        Matcher boundary = PARALLEL_BOUNDARY.matcher(s.text());
        boundary.region(s.start(), n.start());
        while (boundary.find()) {
            boundaryAt = boundary.start();
        }
        if (boundaryAt < s.start()) {
            return null;
        }
        int clauseStart = boundaryAt;
        int clauseEnd = s.text().indexOf(';', n.end());
        int end = clauseEnd < 0 || clauseEnd > s.end() ? s.end() : clauseEnd;
        int earlierBoundary = s.start();
        boundary.region(s.start(), clauseStart);
        while (boundary.find()) {
            earlierBoundary = boundary.end();
        }
        int previousStart = earlierBoundary;
        if (s.m().benchmarks().stream().anyMatch(b -> b.start() >= clauseStart && b.end() <= end)) {
            return null;
        }
        List<ScoreMention> here = s.m().numbers().stream().filter(x -> x.start() > clauseStart && x.end() <= end)
                .toList();
        List<BenchmarkMention> stated = new ArrayList<>();
        for (ScoreMention x : s.m().numbers()) {
            if (x.start() < previousStart || x.end() > clauseStart) {
                continue;
            }
            s.m().benchmarks().stream()
                    .filter(b -> b.start() >= x.end() && b.end() <= clauseStart
                            && ON_BENCHMARK.matcher(maskSettings(s, x.end(), b.start())).find())
                    .findFirst().ifPresent(stated::add);
        }
        int index = here.indexOf(n);
        return here.size() > 1 && here.size() == stated.size() ? stated.get(index) : null;
    }

    /** Settings stated for a benchmark, whichever number they go with. */
    static Setting settingInScope(Sentence s, BenchmarkMention bench) {
        return settingFor(s, null, bench);
    }

    /**
     * The settings that apply to number {@code n} on {@code bench} (null: the sentence names no
     * benchmark): its own ("64.3% zero-shot"), and those stated for the benchmark rather than
     * for another number ("68.0% one-shot" belongs to 68.0 alone). A number with a setting of
     * its own ignores shared settings stated after it.
     */
    static Setting settingFor(Sentence s, ScoreMention n, BenchmarkMention bench) {
        Setting own = n == null ? Setting.NONE : ownSetting(s, n);
        Setting all = own;
        for (SettingParser.Found f : s.m().settings()) {
            if (numberBefore(s, f) != null || (bench != null && benchmarkOf(s, f) != bench)) {
                continue;
            }
            if (n != null && !own.isEmpty() && f.start() >= n.end()) {
                continue;
            }
            all = all.orElse(f.setting());
        }
        return all;
    }

    /**
     * The benchmark a setting phrase is stated for: the next one when nothing separates them
     * ("the zero-shot perplexity on Penn Treebank"), else the one before ("MMLU (5-shot)").
     */
    static BenchmarkMention benchmarkOf(Sentence s, SettingParser.Found f) {
        BenchmarkMention previous = null;
        for (BenchmarkMention b : s.m().benchmarks()) {
            if (b.start() >= f.end()) {
                return SEPARATOR.matcher(s.text().substring(f.end(), b.start())).find() ? previous : b;
            }
            if (b.end() <= f.start()) {
                previous = b;
            }
        }
        return previous;
    }

    /**
     * The number a setting is written right after, if any: "71.2% few-shot", "68.9 (5-shot)",
     * "92.0% for GPT-4 (5-shot CoT)", "61.0% with 4-shot maj@32" (the second phrase chains on).
     */
    static ScoreMention numberBefore(Sentence s, SettingParser.Found f) {
        return s.settingOwners().get(f);
    }

    /** {@link #numberBefore} for every setting of a sentence, worked out once, left to right. */
    static Map<SettingParser.Found, ScoreMention> settingOwners(String text, Mentions m) {
        Map<SettingParser.Found, ScoreMention> owners = new java.util.IdentityHashMap<>();
        for (SettingParser.Found f : m.settings()) {
            for (ScoreMention n : m.numbers()) {
                if (n.end() > f.start()) {
                    continue;
                }
                if (LOCAL_SETTING_GAP.matcher(maskBenchmarks(maskModels(text, m, n.end(), f.start()), text, m,
                        n.end(), f.start())).matches()) {
                    owners.put(f, n);
                    break;
                }
                boolean chained = m.settings().stream().anyMatch(earlier -> earlier.end() <= f.start()
                        && earlier.start() >= n.end() && owners.get(earlier) == n
                        && Regions.matches(SETTING_CHAIN, text, earlier.end(), f.start()));
                if (chained) {
                    owners.put(f, n);
                    break;
                }
            }
        }
        return owners;
    }

    /**
     * Only the settings written right after this number, or, in a clause that leaves the verb
     * out ("reaches 43.4% with maj1@64, and the 8B model 25.4%"), those of the number before.
     */
    static Setting ownSetting(Sentence s, ScoreMention n) {
        Setting own = writtenAfter(s, n);
        if (own.isEmpty()) {
            ScoreMention previous = null;
            for (ScoreMention other : s.m().numbers()) {
                if (other.end() <= n.start()) {
                    previous = other;
                }
            }
            if (previous != null && ELLIPSIS.matcher(maskModels(s, previous.end(), n.start())).find()) {
                Setting before = writtenAfter(s, previous);
                if (!before.isEmpty()) {
                    return before;
                }
            }
        }
        return own;
    }

    static Setting writtenAfter(Sentence s, ScoreMention n) {
        Setting own = Setting.NONE;
        for (SettingParser.Found f : s.m().settings()) {
            if (numberBefore(s, f) == n) {
                own = own.orElse(f.setting());
            }
        }
        return own;
    }

    static boolean fineTuned(Sentence s, String model) {
        return s.m().models().stream().filter(m -> m.model().name().equals(model)).anyMatch(m -> FINE_TUNED.matcher(
                s.text().substring(Math.max(s.start(), m.model().start() - 16), m.model().start())).find());
    }

    /**
     * Settings stated before the sentence's first benchmark ("Zero-shot, A reaches 77.4% on
     * LAMBADA ... and 83.7% on BoolQ") hold for every score of the sentence.
     */
    static Setting settingBefore(Sentence s, ScoreMention n) {
        if (s.m().benchmarks().isEmpty()) {
            return Setting.NONE;
        }
        BenchmarkMention first = s.m().benchmarks().get(0);
        Setting all = Setting.NONE;
        for (SettingParser.Found f : s.m().settings()) {
            if (f.start() < first.start() && numberBefore(s, f) == null && benchmarkOf(s, f) == null) {
                all = all.orElse(f.setting());
            }
        }
        return all;
    }

    /** The text of [from, to) with model names replaced by "M". */
    static String maskModels(Sentence s, int from, int to) {
        return maskModels(s.text(), s.m(), from, to);
    }

    static String maskModels(String text, Mentions mentions, int from, int to) {
        StringBuilder gap = new StringBuilder();
        int at = from;
        for (Mentions.Located m : mentions.models()) {
            if (m.model().start() >= at && m.model().end() <= to) {
                gap.append(text, at, m.model().start()).append('M');
                at = m.model().end();
            }
        }
        return gap.append(text, at, to).toString();
    }

    /**
     * A gap with one benchmark named in it replaced by "B" ("90.0% on MMLU with CoT@32"), so
     * that a setting after it can still be the number's own.
     */
    private static String maskBenchmarks(String gap, String text, Mentions m, int from, int to) {
        for (BenchmarkMention b : m.benchmarks()) {
            if (b.start() >= from && b.end() <= to) {
                String name = text.substring(b.start(), b.end());
                int at = gap.indexOf(name);
                if (at >= 0) {
                    return gap.substring(0, at) + "B" + gap.substring(at + name.length());
                }
            }
        }
        return gap;
    }

    /** The text of [from, to) without setting phrases ("(5-shot) on" reads as " on"). */
    static String maskSettings(Sentence s, int from, int to) {
        StringBuilder gap = new StringBuilder(s.text().substring(from, to));
        for (SettingParser.Found f : s.m().settings()) {
            for (int k = Math.max(f.start(), from); k < Math.min(f.end(), to); k++) {
                gap.setCharAt(k - from, ' ');
            }
        }
        return EMPTY_BRACKETS.matcher(gap).replaceAll(" ");
    }


    /** The gap text with benchmark, setting and number mentions blanked out. */
    static String maskMentions(Sentence s, int from, int to) {
        StringBuilder gap = new StringBuilder(s.text().substring(from, to));
        List<int[]> spans = new ArrayList<>();
        s.m().benchmarks().forEach(b -> spans.add(new int[] {b.start(), b.end()}));
        s.m().settings().forEach(x -> spans.add(new int[] {x.start(), x.end()}));
        s.m().numbers().forEach(x -> spans.add(new int[] {x.start(), x.end()}));
        for (int[] sp : spans) {
            for (int k = Math.max(sp[0], from); k < Math.min(sp[1], to); k++) {
                gap.setCharAt(k - from, ' ');
            }
        }
        return gap.toString();
    }

    /** Where the clause holding {@code at} starts: after the last ":" or ";" before it. */
    static int clauseStart(Sentence s, int at) {
        int colon = s.text().lastIndexOf(':', at - 1);
        int semicolon = s.text().lastIndexOf(';', at - 1);
        return Math.max(s.start(), Math.max(colon, semicolon) + 1);
    }
}
