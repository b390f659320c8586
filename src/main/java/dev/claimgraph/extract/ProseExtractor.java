package dev.claimgraph.extract;

import static dev.claimgraph.extract.ProsePatterns.*;
import static dev.claimgraph.extract.SentenceScope.*;

import dev.claimgraph.source.Block;
import dev.claimgraph.source.BlockKind;
import dev.claimgraph.source.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads claims from the running text of a summary: paragraphs and list items, sentence by
 * sentence, carrying the benchmark, setting and compared models from one sentence to the next.
 */
final class ProseExtractor {

    /** What earlier sentences of a block (or its parent item) established. */
    private static final class Context {
        String benchmark;
        Setting setting = Setting.NONE;
        String topicBenchmark;
        Setting topicSetting = Setting.NONE;
        List<String> pair = List.of();
        String subject;
        /** Who "it" at the start of a block means: the subject the previous block ended with. */
        String previousSubject;

        Context copy() {
            Context c = new Context();
            c.benchmark = benchmark;
            c.setting = setting;
            c.topicBenchmark = topicBenchmark;
            c.topicSetting = topicSetting;
            c.pair = pair;
            c.subject = subject;
            c.previousSubject = previousSubject;
            return c;
        }

        String partnerOf(String model) {
            if (pair.size() == 2) {
                if (pair.get(0).equals(model)) {
                    return pair.get(1);
                }
                if (pair.get(1).equals(model)) {
                    return pair.get(0);
                }
            }
            return null;
        }
    }

    private final ModelRecognizer models;
    private final BenchmarkRecognizer benchmarks;
    private final ShortNameResolver shortNames;
    private final PaperContext paper;
    private final ClaimCollector out;
    /** Settings that numbers of the current sentence take from others ("..., respectively"). */
    private final Map<ScoreMention, Setting> inheritedSettings = new java.util.IdentityHashMap<>();

    ProseExtractor(ModelRecognizer models, BenchmarkRecognizer benchmarks, PaperContext paper, ClaimCollector out) {
        this.models = models;
        this.benchmarks = benchmarks;
        this.shortNames = new ShortNameResolver(paper);
        this.paper = paper;
        this.out = out;
    }

    void extract(Document doc) {
        Map<Integer, Context> endContexts = new HashMap<>();
        List<Block> blocks = doc.blocks();
        String lastSubject = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.kind() == BlockKind.HEADING) {
                lastSubject = null;
                continue;
            }
            Context ctx = block.parent() >= 0 && endContexts.containsKey(block.parent())
                    ? endContexts.get(block.parent()).copy() : new Context();
            ctx.previousSubject = lastSubject;
            read(block.segment().text(), block.segment().start(), ctx);
            endContexts.put(i, ctx);
            if (ctx.subject != null) {
                lastSubject = ctx.subject;
            }
        }
    }

    /** Reads one block of text starting at {@code offset} in the document. */
    void read(String text, int offset, Context ctx) {
        Mentions all = Mentions.of(text, models, benchmarks, shortNames);
        all.models().forEach(m -> out.mention(m.model(), offset + m.model().start(), offset + m.model().end()));
        topic(text, all, ctx);
        String lower = Regions.lowerCase(text);
        for (SentenceSplitter.Bounds b : SentenceSplitter.split(text)) {
            Mentions inSentence = all.within(b.start(), b.end());
            Sentence s = new Sentence(text, lower, b.start(), b.end(), offset, inSentence,
                    settingOwners(text, inSentence));
            quantities(s);
            List<ScoreMention> used = new ArrayList<>();
            inheritedSettings.clear();
            List<Cue> cues = cues(s, ctx);
            respectively(s, ctx, used);
            pairs(s, ctx, cues, used);
            singles(s, ctx, used);
            comparisons(s, ctx, cues);
            sentenceSubject(s).ifPresent(subject -> ctx.subject = subject);
            s.m().benchmarks().stream().reduce((a, c) -> c).ifPresent(last -> {
                ctx.benchmark = last.name();
                ctx.setting = settingInScope(s, last);
            });
        }
    }

    /** "On MMLU: ..." or "Academic benchmarks (GPT-4 vs. GPT-3.5):" sets what the whole item is about. */
    private void topic(String text, Mentions all, Context ctx) {
        if (text.indexOf(':') < 0) {
            return; // no label
        }
        Matcher label = TOPIC_LABEL.matcher(text.stripLeading());
        int lead = text.length() - text.stripLeading().length();
        if (!label.find()) {
            return;
        }
        Mentions inLabel = all.within(lead, lead + label.end());
        if (!inLabel.benchmarks().isEmpty()) {
            ctx.topicBenchmark = inLabel.benchmarks().get(0).name();
        }
        // "Zero-shot results of OLMo 7B:" gives the setting of the list below it.
        ctx.topicSetting = SettingParser.parseAll(label.group());
        List<Mentions.Located> labelModels = inLabel.models();
        if (labelModels.size() == 2 && PAIR_GAP.matcher(text.substring(labelModels.get(0).model().end(),
                labelModels.get(1).model().start())).find()) {
            ctx.pair = List.of(labelModels.get(0).model().name(), labelModels.get(1).model().name());
        } else if (labelModels.size() == 1 && labelModels.get(0).model().start() - lead <= 4) {
            // "The 70B base model: MMLU 68.9, ..." is about the model the label opens with
            ctx.subject = labelModels.get(0).model().name();
        }
    }

    // ---- quantities ------------------------------------------------------------------------

    private void quantities(Sentence s) {
        for (Mentions.Located m : s.m().models()) {
            Matcher bracket = STATED_SIZE.matcher(s.text().substring(m.model().start(), m.model().end()));
            Matcher after = ShortNameResolver.BRACKETED_SIZE.matcher(s.text().substring(m.model().end(), s.end()));
            if (bracket.find()) {
                out.parameters(m.model().name(), QuantityFinder.count(bracket.group(1), "B"), null, bracket.group(1) + "B",
                        out.span(s.offset() + m.model().start(), s.offset() + m.model().end()), 0.85);
            } else if (after.find()) {
                int end = m.model().end() + after.end();
                out.parameters(m.model().name(), QuantityFinder.count(after.group(1).replace("B", ""), "B"), null,
                        after.group(1), out.span(s.offset() + m.model().start(), s.offset() + end), 0.85);
            }
        }
        for (QuantityMention q : s.m().quantities()) {
            Span evidence = out.span(s.offset() + q.start(), s.offset() + q.end());
            String model = quantityOwner(s, q);
            if (model == null) {
                continue;
            }
            if (q.kind() == QuantityMention.Kind.PARAMETERS) {
                out.parameters(model, q.value(), q.active(), q.text(), evidence, 0.9);
            } else if (q.kind() == QuantityMention.Kind.CONTEXT_LENGTH) {
                out.contextLength(model, q.value(), q.text(), evidence, 0.85);
            }
        }
    }

    private String quantityOwner(Sentence s, QuantityMention q) {
        for (Mentions.Located m : s.m().models()) {
            if (m.model().start() < q.end() && q.start() < m.model().end()) {
                return m.model().name();
            }
        }
        if (LISTED_QUANTITY.matcher(s.text().substring(Math.max(s.start(), q.start() - 25), q.start())).find()) {
            // "(2 billion and 7 billion parameters)" lists the family's sizes; no one model has it.
            return null;
        }
        Mentions.Located before = s.m().models().stream().filter(m -> m.model().end() <= q.start())
                .reduce((a, b) -> b).orElse(null);
        if (before != null) {
            String gap = s.text().substring(before.model().end(), q.start());
            boolean attached = q.kind() == QuantityMention.Kind.CONTEXT_LENGTH
                    ? CONTEXT_ATTACHED.matcher(gap).matches()
                    : COUNT_ATTACHED.matcher(gap).matches();
            if (attached) {
                return before.model().name();
            }
        }
        Mentions.Located after = s.m().models().stream().filter(m -> m.model().start() >= q.end()).findFirst()
                .orElse(null);
        if (after != null && Regions.matches(BEFORE_NAME, s.text(), q.end(), after.model().start())) {
            return after.model().name();
        }
        if (paper.paperModel() == null) {
            return null;
        }
        boolean aboutAnother = before != null && q.kind() == QuantityMention.Kind.PARAMETERS
                && s.text().substring(before.model().end(), q.start()).length() < 25;
        return aboutAnother ? null : inferPaperModel(s);
    }

    private String inferPaperModel(Sentence s) {
        String name = paper.paperModel();
        out.inferred(name, out.span(s.offset() + s.start(), s.offset() + s.end()));
        return name;
    }

    // ---- scores ------------------------------------------------------------------------------

    /** "Llama 2 7B and 13B score 45.3% and 54.8% on MMLU, respectively." */
    private void respectively(Sentence s, Context ctx, List<ScoreMention> used) {
        if (!s.mentions("respectively", "order") || !RESPECTIVELY.matcher(s.body()).find()) {
            return;
        }
        List<ScoreMention> numbers = s.m().numbers();
        if (numbers.isEmpty()) {
            return;
        }
        inheritSettingsInOrder(s, numbers);
        List<String> names = s.m().models().stream().filter(m -> m.model().end() <= numbers.get(0).start())
                .map(m -> m.model().name()).distinct().toList();
        int keyword = respectivelyAt(s);
        List<BenchmarkMention> benches = s.m().benchmarks().stream()
                .filter(bm -> bm.start() < keyword && bm.end() > numbers.get(0).start()).toList();
        Map<BenchmarkMention, List<ScoreMention>> groups = new java.util.LinkedHashMap<>();
        for (ScoreMention n : numbers) {
            BenchmarkMention b = benchmarkFor(s, n, n.end());
            if (b != null) {
                groups.computeIfAbsent(b, x -> new ArrayList<>()).add(n);
            }
        }
        if (names.size() > 1 && groups.size() > 1 && groups.values().stream().allMatch(g -> g.size() == names.size())
                && groups.values().stream().mapToInt(List::size).sum() == numbers.size()) {
            // "for A and B, in that order: GSM8K 46.4 and 17.7, MATH 24.3 and 11.8"
            groups.values().forEach(g -> {
                for (int i = 0; i < g.size(); i++) {
                    emitScore(s, ctx, names.get(i), g.get(i), 0.8);
                }
            });
            used.addAll(numbers);
        } else if (names.size() == numbers.size()) {
            int last = numbers.get(numbers.size() - 1).end();
            for (int i = 0; i < numbers.size(); i++) {
                emitScore(s, ctx, names.get(i), numbers.get(i), 0.8, last);
            }
            used.addAll(numbers);
        } else if (names.size() == 1 && benches.size() == numbers.size()) {
            for (int i = 0; i < numbers.size(); i++) {
                BenchmarkMention b = benches.get(i);
                emit(s, names.get(0), b.name(), settingInScope(s, b), numbers.get(i), 0.8);
            }
            used.addAll(numbers);
        }
    }

    /** Where "respectively" (or "in that order") stands in the sentence. */
    private static int respectivelyAt(Sentence s) {
        Matcher m = RESPECTIVELY.matcher(s.text());
        m.region(s.start(), s.end());
        return m.find() ? m.end() : s.end();
    }

    /**
     * "gets 36.0% pass@1 and 88.4% pass@100, compared to 26.2% and 76.2% for B, respectively":
     * numbers without a setting of their own take the earlier numbers' settings in order.
     */
    private void inheritSettingsInOrder(Sentence s, List<ScoreMention> numbers) {
        List<Setting> stated = new ArrayList<>();
        List<ScoreMention> bare = new ArrayList<>();
        for (ScoreMention n : numbers) {
            Setting own = ownSetting(s, n);
            if (!own.isEmpty() && bare.isEmpty()) {
                stated.add(own);
            } else if (own.isEmpty() && !stated.isEmpty()) {
                bare.add(n);
            }
        }
        if (stated.size() > 1 && bare.size() == stated.size()) {
            for (int i = 0; i < bare.size(); i++) {
                inheritedSettings.put(bare.get(i), stated.get(i));
            }
        }
    }

    /** "x% vs. y%" (vs. z%): who each number belongs to. */
    private void pairs(Sentence s, Context ctx, List<Cue> cues, List<ScoreMention> used) {
        List<ScoreMention> numbers = s.m().numbers();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && !used.contains(numbers.get(j + 1))
                    && PAIR_GAP.matcher(gapWithoutModels(s, numbers.get(j).end(), numbers.get(j + 1).start())).find()) {
                j++;
            }
            if (j > i && !used.contains(numbers.get(i))) {
                List<ScoreMention> group = numbers.subList(i, j + 1);
                List<String> owners = pairOwners(s, ctx, cues, group);
                if (owners != null) {
                    int groupEnd = group.get(group.size() - 1).end();
                    for (int k = 0; k < group.size(); k++) {
                        emitScore(s, ctx, owners.get(k), group.get(k), 0.85, groupEnd);
                    }
                    if (owners.size() == 2 && !owners.get(0).equals(owners.get(1))) {
                        ctx.pair = List.copyOf(owners);
                    }
                    ctx.subject = owners.get(0);
                }
                used.addAll(group);
            }
            i = j + 1;
        }
    }

    /** The gap between two numbers with the model names in it removed ("56.8% vs. GPT-3.5 57.1%"). */
    private static String gapWithoutModels(Sentence s, int from, int to) {
        StringBuilder gap = new StringBuilder(s.text().substring(from, to));
        for (Mentions.Located m : s.m().models()) {
            if (m.model().start() >= from && m.model().end() <= to) {
                for (int k = m.model().start(); k < m.model().end(); k++) {
                    gap.setCharAt(k - from, ' ');
                }
            }
        }
        return PAIR_PUNCTUATION.matcher(gap).replaceAll(" ");
    }

    private List<String> pairOwners(Sentence s, Context ctx, List<Cue> cues, List<ScoreMention> group) {
        List<String> adjacent = new ArrayList<>();
        for (ScoreMention n : group) {
            Mentions.Located m = modelRightBefore(s, n.start());
            adjacent.add(m == null ? null : m.model().name());
        }
        if (!adjacent.contains(null)) {
            return adjacent;
        }
        // The comparison nearest before the numbers is the one they back.
        Cue cue = cues.stream().filter(c -> c.subject() != null && c.start() < group.get(0).start())
                .reduce((a, b) -> b).orElse(cues.stream().filter(c -> c.subject() != null).findFirst().orElse(null));
        if (cue != null) {
            List<String> owners = new ArrayList<>();
            owners.add(cue.subject());
            String bracketed = objectRightBefore(s, cue, group.get(0).start());
            if (bracketed != null && group.size() == 2) {
                owners.add(bracketed); // "better than B (81.1% vs. 79.5%) and C (77.8%)"
            } else {
                owners.addAll(cue.objects());
            }
            if (owners.size() == 1) {
                String partner = ctx.partnerOf(cue.subject());
                if (partner == null && paper.paperModel() != null && !cue.subject().equals(paper.paperModel())) {
                    partner = paper.paperModel();
                }
                if (partner != null) {
                    owners.add(partner);
                }
            }
            if (cue.relation() == Relation.BETTER && cue.reversed()) {
                java.util.Collections.reverse(owners);
            }
            if (owners.size() == group.size()) {
                return owners;
            }
        }
        String comparedWith = comparedWith(s, group.get(0).start());
        if (comparedWith != null && group.size() == 2) {
            String first = s.m().models().stream().map(m -> m.model().name()).filter(n -> !n.equals(comparedWith))
                    .findFirst().orElseGet(() -> ctx.subject != null && !ctx.subject.equals(comparedWith) ? ctx.subject
                            : paper.paperModel() != null ? inferPaperModel(s) : null);
            if (first != null) {
                return List.of(first, comparedWith);
            }
        }
        List<String> single = new ArrayList<>();
        for (ScoreMention n : group) {
            single.add(singleOwner(s, n, group));
        }
        if (!single.contains(null) && single.stream().distinct().count() == group.size()) {
            return single;
        }
        if (group.size() == 2 && single.stream().filter(java.util.Objects::isNull).count() == 1) {
            // "67.5% vs. 60.0% for Gopher": the unnamed side is the one the text is about.
            String named = single.get(0) != null ? single.get(0) : single.get(1);
            String other = ctx.partnerOf(named);
            if (other == null && paper.paperModel() != null && !named.equals(paper.paperModel())) {
                other = inferPaperModel(s);
            }
            if (other != null) {
                return single.get(0) == null ? List.of(other, named) : List.of(named, other);
            }
        }
        List<String> named = s.m().models().stream().map(m -> m.model().name()).distinct().toList();
        if (named.size() == group.size() && group.size() > 1) {
            return named;
        }
        if (named.size() == 1 && group.size() == 2) {
            String partner = ctx.partnerOf(named.get(0));
            if (partner == null && paper.paperModel() != null && !named.get(0).equals(paper.paperModel())) {
                partner = inferPaperModel(s);
            }
            return partner == null ? null : List.of(named.get(0), partner);
        }
        if (named.isEmpty() && group.stream().map(n -> ownSetting(s, n)).distinct().count()
                == group.size() && group.stream().allMatch(n -> s.m().settings().stream()
                        .anyMatch(f -> numberBefore(s, f) == n))) {
            // "78.9% zero-shot vs. 79.3% few-shot": one model under two settings.
            String subject = ctx.subject != null ? ctx.subject : paper.paperModel() != null ? inferPaperModel(s) : null;
            return subject == null ? null : java.util.Collections.nCopies(group.size(), subject);
        }
        if (named.isEmpty() && ctx.pair.size() == group.size()) {
            return ctx.pair;
        }
        return null;
    }

    /** The object of a comparison written right before "(" and the numbers that back it. */
    private static String objectRightBefore(Sentence s, Cue cue, int at) {
        for (Mentions.Located m : s.m().models()) {
            if (cue.objects().contains(m.model().name()) && m.model().end() <= at
                    && Regions.matches(OPENING, s.text(), m.model().end(), at)) {
                return m.model().name();
            }
        }
        return null;
    }


    /** "compared to GPT-4 (74.4% vs. 67%)": the model the sentence compares with, before the numbers. */
    private String comparedWith(Sentence s, int before) {
        for (Mentions.Located m : s.m().models()) {
            if (m.model().end() <= before && COMPARED_WITH.matcher(s.text().substring(
                    Math.max(s.start(), m.model().start() - 25), m.model().start())).find()) {
                return m.model().name();
            }
        }
        return null;
    }

    /**
     * What "it" before {@code at} stands for: the sentence's first model before it, else the
     * block's subject, else the subject the previous block ended with.
     */
    private static String pronounReferent(Sentence s, int at, Context ctx) {
        Matcher pronoun = PRONOUN.matcher(s.text());
        pronoun.region(s.start(), at);
        if (!pronoun.find()) {
            return null;
        }
        int where = pronoun.start();
        return s.m().models().stream().filter(m -> m.model().end() <= where).map(m -> m.model().name()).findFirst()
                .orElse(ctx.subject != null ? ctx.subject : ctx.previousSubject);
    }

    /** The model a sentence opens with ("Falcon-180B was pretrained ..."), the likely referent of a later "it". */
    private static java.util.Optional<String> sentenceSubject(Sentence s) {
        return s.m().models().stream().findFirst()
                .filter(m -> SENTENCE_OPENING.matcher(s.text().substring(s.start(), m.model().start())).matches())
                .map(m -> m.model().name());
    }

    private void singles(Sentence s, Context ctx, List<ScoreMention> used) {
        List<String> owners = new ArrayList<>();
        for (ScoreMention n : s.m().numbers()) {
            if (used.contains(n)) {
                continue;
            }
            String owner = singleOwner(s, n, List.of());
            double confidence = 0.85;
            if (owner == null) {
                owner = pronounReferent(s, n.start(), ctx);
                confidence = 0.7;
            }
            if (owner == null && s.m().models().isEmpty() && ctx.subject != null && ctx.pair.isEmpty()) {
                owner = ctx.subject;
                confidence = 0.6;
            }
            if (owner == null && s.m().models().stream().noneMatch(m -> m.model().end() <= n.start())
                    && paper.paperModel() != null
                    && !SOMEONE_ELSE.matcher(s.text().substring(Math.max(s.start(), n.start() - 40), n.start())).find()
                    && !OTHER_MODEL.matcher(s.text().substring(clauseStart(s, n.start()), n.start())).find()) {
                owner = inferPaperModel(s);
                confidence = 0.6;
            }
            boolean benchmarkKnown = ctx.benchmark != null || ctx.topicBenchmark != null;
            if (owner == null || (!n.percent() && !looksLikeScore(s, n, benchmarkKnown))) {
                continue;
            }
            if (emitScore(s, ctx, owner, n, confidence)) {
                if (!owners.contains(owner)) {
                    owners.add(owner);
                }
            }
        }
        if (!owners.isEmpty()) {
            ctx.subject = owners.get(0);
        }
        if (owners.size() == 2) {
            ctx.pair = List.copyOf(owners);
        }
    }

    /** A number without a percent sign counts as a score only right after a benchmark or a metric word. */
    private static boolean looksLikeScore(Sentence s, ScoreMention n, boolean benchmarkKnown) {
        String before = s.text().substring(Math.max(s.start(), n.start() - 25), n.start());
        for (ScoreMention previous : s.m().numbers()) {
            // "54.0 and 57.1": a number listed after a score is one too
            if (previous.end() <= n.start() && Regions.matches(NUMBER_LIST_GAP, s.text(), previous.end(), n.start())
                    && (previous.percent() || looksLikeScore(s, previous, benchmarkKnown))) {
                return true;
            }
        }
        if (!s.m().benchmarks().isEmpty() || benchmarkKnown) {
            for (Mentions.Located m : s.m().models()) {
                if (m.model().end() <= n.start() && SCORE_VERB.matcher(s.text().substring(m.model().end(), n.start()))
                        .find()) {
                    return true;
                }
                if (m.model().start() >= n.end() && FOR_MODEL.matcher(maskSettings(s, n.end(), m.model().start()))
                        .find()) {
                    return true;
                }
            }
        }
        for (BenchmarkMention b : s.m().benchmarks()) {
            if (b.end() <= n.start() && Regions.matches(AFTER_BENCHMARK, s.text(), b.end(), n.start())) {
                return true;
            }
            if (b.start() >= n.end() && Regions.matches(ON_OR_IN, s.text(), n.end(), b.start())) {
                return true;
            }
        }
        return METRIC_BEFORE.matcher(before).find();
    }

    /** The model a lone number belongs to: "63.4% for Llama 1 65B", "GPT-4 gets an F1 of 80.9". */
    private String singleOwner(Sentence s, ScoreMention n, List<ScoreMention> pairMates) {
        for (Mentions.Located m : s.m().models()) {
            if (m.model().start() >= n.end() && Regions.matches(OPENING, s.text(), n.end(), m.model().start())
                    && Regions.startsWith(CLOSING, s.text(), m.model().end())) {
                return m.model().name(); // "34.8% (1.3B)"
            }
        }
        for (Mentions.Located m : s.m().models()) {
            if (m.model().start() >= n.end() && (FOR_MODEL.matcher(maskSettings(s, n.end(), m.model().start())).find()
                    || LISTED_FOR_MODEL.matcher(maskMentions(s, n.end(), m.model().start())).find())) {
                // "C-Eval 81.4 and CMMLU 83.7 for Yi-34B": every number of the list is Yi-34B's.
                return m.model().name();
            }
        }
        Mentions.Located before = null;
        for (Mentions.Located m : s.m().models()) {
            if (m.model().end() <= n.start()) {
                before = m;
            }
        }
        if (before == null) {
            return null;
        }
        int from = before.model().end();
        for (ScoreMention other : s.m().numbers()) {
            if (other.start() >= from && other.end() <= n.start()) {
                boolean benchmarkBetween = s.m().benchmarks().stream()
                        .anyMatch(b -> b.start() >= other.end() && b.end() <= n.start());
                boolean ownSettings = !ownSetting(s, other).isEmpty() && !ownSetting(s, n).isEmpty();
                BenchmarkMention mine = benchmarkFor(s, n, n.end());
                boolean ownBenchmarks = mine != null && mine != benchmarkFor(s, other, other.end());
                if (pairMates.contains(other) || !(benchmarkBetween || ownSettings || ownBenchmarks)) {
                    return null;
                }
            }
        }
        String gap = APPOSITIVE.matcher(maskMentions(s, from, n.start())).replaceAll(" ");
        if (NEGATION.matcher(gap).find()) {
            return null;
        }
        for (String word : WORD_SEPARATOR.split(gap.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && !FILLER.contains(word) && !NUMBER_WORD.matcher(word).matches()) {
                return null;
            }
        }
        return before.model().name();
    }

    private Mentions.Located modelRightBefore(Sentence s, int at) {
        for (Mentions.Located m : s.m().models()) {
            if (m.model().end() <= at && Regions.matches(RIGHT_BEFORE, s.text(), m.model().end(), at)) {
                return m;
            }
        }
        return null;
    }


    private boolean emitScore(Sentence s, Context ctx, String model, ScoreMention n, double confidence) {
        return emitScore(s, ctx, model, n, confidence, n.end());
    }

    /**
     * Emits one score; {@code benchmarkAfter} is where an "on BENCHMARK" naming its benchmark may
     * follow (after the last number of "x% vs. y% on BoolQ").
     */
    private boolean emitScore(Sentence s, Context ctx, String model, ScoreMention n, double confidence,
            int benchmarkAfter) {
        BenchmarkMention bench = benchmarkFor(s, n, benchmarkAfter);
        if (bench != null && fineTuned(s, model)) {
            // A fine-tuned system is not evaluated in the few-shot setting the sentence describes.
            emit(s, model, bench.name(), ownSetting(s, n), n, confidence);
            return true;
        }
        if (bench != null) {
            Setting setting = settingFor(s, n, bench).orElse(settingBefore(s, n));
            emit(s, model, bench.name(), setting.isEmpty() ? ctx.topicSetting : setting, n, confidence);
            return true;
        }
        String inherited = ctx.benchmark != null ? ctx.benchmark : ctx.topicBenchmark;
        if (inherited == null) {
            return false;
        }
        Setting sentence = settingFor(s, n, null);
        Setting setting = fineTuned(s, model) ? ownSetting(s, n) : sentence.isEmpty()
                ? (ctx.benchmark != null ? ctx.setting : ctx.topicSetting) : sentence;
        emit(s, model, inherited, setting, n, confidence * 0.9);
        return true;
    }

    private void emit(Sentence s, String model, String benchmark, Setting stated, ScoreMention n, double confidence) {
        Setting setting = inheritedSettings.getOrDefault(n, Setting.NONE).orElse(stated);
        Span evidence = out.span(s.offset() + s.start(), s.offset() + s.end());
        out.score(model, benchmark, n, setting, evidence, confidence);
    }

    // ---- comparisons -------------------------------------------------------------------------

    /** A comparative phrase with the models on either side of it. */
    private record Cue(int start, int end, Relation relation, boolean reversed, String subject, List<String> objects,
            int subjectEnd, int limit) {}

    private List<Cue> cues(Sentence s, Context ctx) {
        List<Cue> raw = new ArrayList<>();
        if (!s.mentions(COMPARATIVE_STEMS)) {
            return raw; // most sentences compare nothing; skip the three full searches
        }
        if (s.mentions(BETTER_STEMS)) {
            collectCues(s, BETTER, Relation.BETTER, false, raw);
        }
        if (s.mentions(WORSE_STEMS)) {
            collectCues(s, WORSE, Relation.BETTER, true, raw);
        }
        if (s.mentions(SIMILAR_STEMS)) {
            collectCues(s, SIMILAR, Relation.SIMILAR, false, raw);
        }
        raw.sort(java.util.Comparator.comparingInt(Cue::start));
        List<Mentions.Located> subjects = new ArrayList<>();
        for (Cue cue : raw) {
            Mentions.Located subject = null;
            for (Mentions.Located m : s.m().models()) {
                if (m.model().end() <= cue.start()) {
                    subject = m;
                }
            }
            subjects.add(subject);
        }
        List<Cue> cues = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            Cue cue = raw.get(k);
            int limit = k + 1 < raw.size() ? raw.get(k + 1).start() : s.end();
            Mentions.Located nextSubject = k + 1 < raw.size() ? subjects.get(k + 1) : null;
            if (nextSubject != null) {
                String toNextCue = s.text().substring(nextSubject.model().end(), raw.get(k + 1).start());
                // "B ..., and the write-up calls it competitive": "it", not B, is the next verb's subject.
                if (COORDINATED_VERB.matcher(toNextCue).find() || PRONOUN.matcher(toNextCue).find()) {
                    nextSubject = null;
                }
            }
            Mentions.Located subjectMention = subjects.get(k);
            String subject = subjectMention == null ? null : subjectMention.model().name();
            int subjectEnd = subjectMention == null ? s.start() : subjectMention.model().end();
            Matcher pronoun = PRONOUN.matcher(s.text());
            pronoun.region(subjectEnd, cue.start());
            if (pronoun.find()) {
                // "..., so it outperforms both": the pronoun, not the nearest name, is the subject.
                subject = pronounReferent(s, cue.start(), ctx);
                subjectEnd = pronoun.end();
            } else if (subject != null && !cues.isEmpty() && cues.get(cues.size() - 1).objects().contains(subject)
                    && COORDINATED_VERB.matcher(s.text().substring(subjectEnd, cue.start())).find()) {
                // "A is comparable to B ... and matches C": A is the subject of both verbs.
                subject = cues.get(cues.size() - 1).subject();
            }
            List<String> objects = new ArrayList<>();
            int lastObjectEnd = -1;
            for (Mentions.Located m : s.m().models()) {
                if (m.model().start() < cue.end() || m.model().end() > limit || m == nextSubject) {
                    continue;
                }
                String between = s.text().substring(cue.end(), m.model().start());
                if (between.contains(";") || between.contains(":")) {
                    break;
                }
                // After the first object only coordinated names follow: "B, C and D", "B on X, and C on Y".
                if (lastObjectEnd >= 0 && !COORDINATED_OBJECT.matcher(maskModels(s, lastObjectEnd, m.model().start()))
                        .find()) {
                    break;
                }
                objects.add(m.model().name());
                lastObjectEnd = m.model().end();
            }
            if (objects.isEmpty() && BOTH.matcher(s.text().substring(cue.end(), limit)).find()) {
                for (Mentions.Located m : s.m().models()) {
                    if (m.model().end() <= cue.start() && !objects.contains(m.model().name())) {
                        objects.add(m.model().name());
                    }
                }
            }
            if (objects.isEmpty()) {
                // "Compared to GPT-3.5, Qwen-72B is better on C-Eval": the object stands before the verb
                String compared = comparedWith(s, cue.start());
                if (compared != null && !compared.equals(subject)) {
                    objects.add(compared);
                }
            }
            objects.remove(subject);
            String before = s.text().substring(subjectEnd, cue.start());
            if (NEGATION.matcher(before).find() || NEGATION.matcher(s.text().substring(cue.start(), cue.end())).find()) {
                continue;
            }
            if (subject == null && paper.paperModel() != null && !objects.isEmpty()
                    && s.m().models().stream().noneMatch(m -> m.model().end() <= cue.start())) {
                // "the base model is better than B": a sentence without a named subject is about the paper's model
                subject = inferPaperModel(s);
                objects.remove(subject);
            }
            cues.add(new Cue(cue.start(), cue.end(), cue.relation(), cue.reversed(), subject, List.copyOf(objects),
                    subjectEnd, limit));
        }
        return cues;
    }

    private static void collectCues(Sentence s, Pattern pattern, Relation relation, boolean reversed, List<Cue> into) {
        Matcher m = pattern.matcher(s.text());
        m.region(s.start(), s.end());
        while (m.find()) {
            into.add(new Cue(m.start(), m.end(), relation, reversed, null, List.of(), -1, -1));
        }
    }

    private void comparisons(Sentence s, Context ctx, List<Cue> cues) {
        for (Cue cue : cues) {
            String subject = cue.subject();
            if (subject == null) {
                String referent = pronounReferent(s, cue.start(), ctx);
                if (referent != null) {
                    subject = referent;
                } else if (paper.paperModel() != null && s.m().models().stream()
                        .noneMatch(m -> m.model().end() <= cue.start())) {
                    subject = inferPaperModel(s);
                } else {
                    continue;
                }
            }
            List<String> objects = new ArrayList<>(cue.objects());
            if (objects.isEmpty() && !s.m().numbers().isEmpty()) {
                String partner = ctx.partnerOf(subject);
                if (partner != null) {
                    objects.add(partner);
                }
            }
            BenchmarkMention scope = comparisonBenchmark(s, cue, ctx);
            String benchmark = scope == null ? null : scope.name();
            Setting setting = scope == null ? Setting.NONE : comparisonSetting(s, scope);
            Span evidence = out.span(s.offset() + s.start(), s.offset() + s.end());
            for (String object : objects) {
                if (cue.reversed()) {
                    out.comparison(object, cue.relation(), subject, benchmark, setting, evidence, 0.8);
                } else {
                    out.comparison(subject, cue.relation(), object, benchmark, setting, evidence, 0.8);
                }
                ctx.pair = List.of(subject, object);
            }
            ctx.subject = subject;
        }
    }

    /**
     * The benchmark a comparison is tied to: "beats B on MMLU", "On MMLU, A beats B", "A reaches
     * 69.3% on MMLU, surpassing B (67.6%)" (backed by numbers), or the item's topic when numbers back it.
     */
    private static BenchmarkMention comparisonBenchmark(Sentence s, Cue cue, Context ctx) {
        for (BenchmarkMention b : s.m().benchmarks()) {
            if (b.start() >= cue.end() && b.end() <= cue.limit() && SCOPE_AFTER.matcher(
                    BRACKETED_NUMBER.matcher(maskModels(s, cue.end(), b.start())).replaceAll(" ")).find()) {
                return b;
            }
        }
        boolean backedByNumbers = s.m().numbers().stream().anyMatch(n -> n.start() >= cue.end());
        for (BenchmarkMention b : s.m().benchmarks()) {
            if (b.end() > cue.start()) {
                continue;
            }
            boolean topicPrefix = TOPIC_PREFIX.matcher(s.text().substring(s.start(), b.start())).matches();
            boolean sameClause = b.end() <= cue.subjectEnd()
                    && !SEPARATOR_WORDS.matcher(s.text().substring(b.end(), Math.max(b.end(), cue.subjectEnd()))).find();
            if (topicPrefix || sameClause || backedByNumbers) {
                return b;
            }
        }
        if (ctx.topicBenchmark != null && !s.m().numbers().isEmpty()) {
            return new BenchmarkMention(-1, -1, ctx.topicBenchmark); // named by the item's label, not here
        }
        return null;
    }

    /**
     * The setting a comparison is stated in: what the sentence states for its benchmark, or for
     * the whole sentence, but not what it states for another benchmark.
     */
    private static Setting comparisonSetting(Sentence s, BenchmarkMention scope) {
        Setting all = Setting.NONE;
        for (SettingParser.Found f : s.m().settings()) {
            BenchmarkMention owner = benchmarkOf(s, f);
            if (scope.start() < 0 || owner == null || owner == scope) {
                all = all.orElse(f.setting());
            }
        }
        return all;
    }
}
