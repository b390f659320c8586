package dev.claimgraph.extract;

import dev.claimgraph.source.Document;
import dev.claimgraph.source.MetadataField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gathers what the readers of prose and tables find in one summary and turns it into claims:
 * the same claim found twice becomes one with both spans, and each model gets its organisation.
 */
final class ClaimCollector {

    private record ScoreKey(String model, String benchmark, BigDecimal score, Setting setting) {}

    private record ComparisonKey(String subject, Relation relation, String object, String benchmark, Setting setting) {}

    private static final class Model {
        final String family;
        final Set<String> surfaceForms = new LinkedHashSet<>();
        Span firstMention;
        boolean sizedMention;
        boolean variant;
        String line;

        Model(String family) {
            this.family = family;
        }
    }

    private record Quantity(long value, Long active, String text, Span evidence, double confidence) {}

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SIZE_ONLY = Pattern.compile("\\d+(?:\\.\\d+)?[BM]|\\d+x\\d+B");
    private static final Pattern SIZE_LAST = Pattern.compile("\\s\\d+(?:\\.\\d+)?[BM]$");
    private static final Pattern SIZE_IN_NAME = Pattern.compile("(?<![\\w.x])(\\d+(?:\\.\\d+)?)([BM])(?![\\w])");

    private final Document doc;
    private final PaperContext paper;
    private final Lexicon lexicon;
    private final Map<String, Model> models = new LinkedHashMap<>();
    private final Map<ScoreKey, ScoreClaim> scores = new LinkedHashMap<>();
    private final Map<ComparisonKey, ComparisonClaim> comparisons = new LinkedHashMap<>();
    private final Map<String, List<Quantity>> parameters = new LinkedHashMap<>();
    private final Map<String, List<Quantity>> contextLengths = new LinkedHashMap<>();

    ClaimCollector(Document doc, PaperContext paper, Lexicon lexicon) {
        this.doc = doc;
        this.paper = paper;
        this.lexicon = lexicon;
    }

    /** Records that the text names a model at [start, end). */
    void mention(ModelMention m, int start, int end) {
        Model model = models.computeIfAbsent(m.name(), n -> new Model(m.family()));
        String form = doc.text().substring(start, end).strip();
        model.surfaceForms.add(form.contains("  ") || form.indexOf('\n') >= 0 || form.indexOf('\t') >= 0
                ? WHITESPACE.matcher(form).replaceAll(" ") : form);
        if (model.firstMention == null) {
            model.firstMention = span(start, end);
        }
        model.sizedMention |= m.sized();
        model.variant |= m.variant();
        model.line = m.line();
    }

    /** Records a model inferred from context (the paper's own model, a pronoun). */
    void inferred(String name, Span where) {
        Model model = models.computeIfAbsent(name, n -> new Model(familyOfInferred(n)));
        if (model.firstMention == null) {
            model.firstMention = where;
        }
    }

    private String familyOfInferred(String name) {
        return paper.line() != null && name.startsWith(paper.line()) ? paper.family() : null;
    }

    void score(String model, String benchmark, ScoreMention n, Setting setting, Span evidence, double confidence) {
        ScoreKey key = new ScoreKey(model, benchmark, n.value().stripTrailingZeros(), setting);
        ScoreClaim old = scores.get(key);
        List<Span> spans = old == null ? List.of(evidence) : merged(old.evidence(), evidence);
        double conf = old == null ? confidence : Math.max(old.confidence(), confidence);
        String metric = lexicon.benchmark(benchmark).map(Lexicon.Benchmark::metric).orElse("accuracy");
        scores.put(key, new ScoreClaim(model, benchmark, n.value(), n.text(), n.unit(), metric, setting, false, conf,
                spans));
    }

    void comparison(String subject, Relation relation, String object, String benchmark, Setting setting,
            Span evidence, double confidence) {
        if (subject.equals(object)) {
            return;
        }
        Setting s = benchmark == null ? Setting.NONE : setting;
        ComparisonKey key = new ComparisonKey(subject, relation, object, benchmark, s);
        if (relation == Relation.SIMILAR && comparisons.containsKey(
                new ComparisonKey(object, relation, subject, benchmark, s))) {
            key = new ComparisonKey(object, relation, subject, benchmark, s);
        }
        ComparisonClaim old = comparisons.get(key);
        List<Span> spans = old == null ? List.of(evidence) : merged(old.evidence(), evidence);
        comparisons.put(key, new ComparisonClaim(key.subject(), relation, key.object(), benchmark, s, s, false,
                old == null ? confidence : Math.max(confidence, old.confidence()), spans));
    }

    void parameters(String model, long count, Long active, String text, Span evidence, double confidence) {
        parameters.computeIfAbsent(model, m -> new ArrayList<>()).add(new Quantity(count, active, text, evidence,
                confidence));
    }

    void contextLength(String model, long tokens, String text, Span evidence, double confidence) {
        contextLengths.computeIfAbsent(model, m -> new ArrayList<>()).add(new Quantity(tokens, null, text, evidence,
                confidence));
    }

    Span span(int start, int end) {
        return Span.of(doc.text(), start, end);
    }

    /** The claims, deduplicated, with first-party flags and organisations. */
    ExtractionResult build() {
        unifySizedNames();
        List<Claim> claims = new ArrayList<>();
        Map<String, ModelRef> refs = new LinkedHashMap<>();
        for (ScoreClaim s : withoutRestatements()) {
            claims.add(copy(s, firstParty(s.model(), refs)));
        }
        for (ComparisonClaim c : comparisons.values()) {
            firstParty(c.object(), refs);
            claims.add(new ComparisonClaim(c.model(), c.relation(), c.object(), c.benchmark(), c.setting(),
                    c.objectSetting(), firstParty(c.model(), refs), c.confidence(), c.evidence()));
        }
        addNameSizes();
        moveCountsToSizedMembers();
        parameters.forEach((model, found) -> {
            Quantity best = found.stream().max(Comparator.comparingDouble(Quantity::confidence)
                    .thenComparingInt(q -> precision(q.text()))).orElseThrow();
            claims.add(new ParameterClaim(model, best.value(), best.active(), best.text(), firstParty(model, refs),
                    best.confidence(), List.of(best.evidence())));
        });
        contextLengths.forEach((model, found) -> {
            Quantity first = found.get(0);
            claims.add(new ContextLengthClaim(model, first.value(), first.text(), firstParty(model, refs),
                    first.confidence(), List.of(first.evidence())));
        });
        Set<String> withFacts = new LinkedHashSet<>();
        claims.stream().filter(c -> !(c instanceof ContextLengthClaim)).forEach(c -> {
            withFacts.add(c.model());
            if (c instanceof ComparisonClaim cc) {
                withFacts.add(cc.object());
            }
        });
        for (ModelRef ref : List.copyOf(refs.values())) {
            // A model named only for its context length is described, not claimed about.
            if (withFacts.contains(ref.name())) {
                developer(ref).ifPresent(claims::add);
            }
        }
        return new ExtractionResult(doc, paper.info(), List.copyOf(refs.values()), claims);
    }

    /**
     * "Gopher (280B)" in one place and "Gopher" in another name one model: where a document names
     * exactly one sized member of a bare name, the bare name means that member.
     */
    private void unifySizedNames() {
        Set<String> names = new LinkedHashSet<>(models.keySet());
        scores.keySet().forEach(k -> names.add(k.model()));
        comparisons.keySet().forEach(k -> {
            names.add(k.subject());
            names.add(k.object());
        });
        names.addAll(parameters.keySet());
        Map<String, String> renames = new LinkedHashMap<>();
        for (String name : names) {
            if (SIZE_IN_NAME.matcher(name).find()) {
                continue;
            }
            List<String> sized = names.stream().filter(n -> n.startsWith(name + " ")
                    && SIZE_ONLY.matcher(n.substring(name.length() + 1)).matches()).toList();
            if (sized.size() == 1) {
                renames.put(name, sized.get(0));
            }
        }
        if (renames.isEmpty()) {
            return;
        }
        Map<ScoreKey, ScoreClaim> oldScores = new LinkedHashMap<>(scores);
        scores.clear();
        oldScores.forEach((k, v) -> {
            String model = renames.getOrDefault(k.model(), k.model());
            ScoreKey key = new ScoreKey(model, k.benchmark(), k.score(), k.setting());
            ScoreClaim renamed = new ScoreClaim(model, v.benchmark(), v.score(), v.scoreText(), v.unit(), v.metric(),
                    v.setting(), v.firstParty(), v.confidence(), v.evidence());
            scores.merge(key, renamed, (a, b) -> withEvidence(a, b.evidence()));
        });
        Map<ComparisonKey, ComparisonClaim> oldComparisons = new LinkedHashMap<>(comparisons);
        comparisons.clear();
        oldComparisons.forEach((k, v) -> comparison(renames.getOrDefault(k.subject(), k.subject()), k.relation(),
                renames.getOrDefault(k.object(), k.object()), k.benchmark(), k.setting(), v.evidence().get(0),
                v.confidence()));
        renames.forEach((from, to) -> {
            List<Quantity> p = parameters.remove(from);
            if (p != null) {
                parameters.computeIfAbsent(to, t -> new ArrayList<>()).addAll(p);
            }
            List<Quantity> c = contextLengths.remove(from);
            if (c != null) {
                contextLengths.computeIfAbsent(to, t -> new ArrayList<>()).addAll(c);
            }
            Model gone = models.remove(from);
            Model kept = models.get(to);
            if (gone != null && kept != null) {
                kept.surfaceForms.addAll(gone.surfaceForms);
            }
        });
    }

    /**
     * "The flagship has 405 billion parameters", read as the paper's line, belongs to the
     * member whose name carries that size ("Llama 3 405B").
     */
    private void moveCountsToSizedMembers() {
        for (String name : List.copyOf(parameters.keySet())) {
            if (SIZE_IN_NAME.matcher(name).find()) {
                continue;
            }
            List<Quantity> found = parameters.get(name);
            for (Quantity q : List.copyOf(found)) {
                String member = models.keySet().stream().filter(n -> n.startsWith(name + " ")).filter(n -> {
                    Matcher m = SIZE_IN_NAME.matcher(n.substring(name.length()));
                    return m.find() && QuantityFinder.count(m.group(1), m.group(2)) == q.value();
                }).findFirst().orElse(null);
                if (member != null) {
                    found.remove(q);
                    parameters.computeIfAbsent(member, m -> new ArrayList<>()).add(q);
                }
            }
            if (found.isEmpty()) {
                parameters.remove(name);
            }
        }
    }

    /** A score stated again without its setting is the same claim as the one with it. */
    private List<ScoreClaim> withoutRestatements() {
        List<ScoreClaim> kept = new ArrayList<>();
        for (Map.Entry<ScoreKey, ScoreClaim> e : scores.entrySet()) {
            ScoreKey k = e.getKey();
            if (k.setting().isEmpty()) {
                ScoreClaim fuller = scores.entrySet().stream()
                        .filter(o -> !o.getKey().setting().isEmpty() && o.getKey().model().equals(k.model())
                                && o.getKey().benchmark().equals(k.benchmark())
                                && o.getKey().score().compareTo(k.score()) == 0)
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (fuller != null) {
                    scores.put(new ScoreKey(fuller.model(), fuller.benchmark(), fuller.score().stripTrailingZeros(),
                            fuller.setting()), withEvidence(fuller, e.getValue().evidence()));
                    continue;
                }
            }
            kept.add(e.getValue());
        }
        return kept.stream().map(s -> scores.getOrDefault(new ScoreKey(s.model(), s.benchmark(),
                s.score().stripTrailingZeros(), s.setting()), s)).toList();
    }

    private static ScoreClaim withEvidence(ScoreClaim s, List<Span> more) {
        List<Span> spans = new ArrayList<>(s.evidence());
        more.stream().filter(x -> !spans.contains(x)).forEach(spans::add);
        return new ScoreClaim(s.model(), s.benchmark(), s.score(), s.scoreText(), s.unit(), s.metric(), s.setting(),
                s.firstParty(), s.confidence(), spans);
    }

    private static ScoreClaim copy(ScoreClaim s, boolean firstParty) {
        return new ScoreClaim(s.model(), s.benchmark(), s.score(), s.scoreText(), s.unit(), s.metric(), s.setting(),
                firstParty, s.confidence(), s.evidence());
    }

    /**
     * A member of the paper's own line named with its size ("Llama 2 70B" in the Llama 2 paper)
     * states its parameter count; chat and instruct variants share their base model's count.
     */
    private void addNameSizes() {
        models.forEach((name, model) -> {
            boolean sizeLast = SIZE_LAST.matcher(name).find();
            if (!model.sizedMention || (model.variant && !sizeLast) || parameters.containsKey(name)
                    || !Objects.equals(model.line, paper.line())) {
                return;
            }
            Matcher m = SIZE_IN_NAME.matcher(name);
            if (m.find()) {
                long count = QuantityFinder.count(m.group(1), m.group(2));
                parameters(name, count, null, m.group(), model.firstMention, 0.7);
            }
        });
    }

    private boolean firstParty(String name, Map<String, ModelRef> refs) {
        ModelRef ref = refs.computeIfAbsent(name, this::ref);
        return paper.isFirstParty(ref, lexicon);
    }

    private ModelRef ref(String name) {
        Model model = models.get(name);
        String family = model == null ? familyOfInferred(name) : model.family;
        String organisation = lexicon.model(name).map(Lexicon.KnownModel::organisation)
                .or(() -> family == null ? java.util.Optional.empty()
                        : lexicon.family(family).map(Lexicon.Family::organisation))
                .orElse(null);
        List<String> forms = model == null ? List.of() : List.copyOf(model.surfaceForms);
        return new ModelRef(name, family, organisation, forms);
    }

    private java.util.Optional<DeveloperClaim> developer(ModelRef ref) {
        Model model = models.get(ref.name());
        if (paper.isFirstParty(ref, lexicon) && paper.organisation() != null) {
            MetadataField where = paper.organisationField();
            return java.util.Optional.of(new DeveloperClaim(ref.name(), paper.organisation(), OrganisationBasis.STATED,
                    true, 0.9, List.of(span(where.start(), where.end()))));
        }
        if (ref.organisation() != null && model != null && model.firstMention != null) {
            return java.util.Optional.of(new DeveloperClaim(ref.name(), ref.organisation(), OrganisationBasis.LEXICON,
                    false, 0.8, List.of(model.firstMention)));
        }
        return java.util.Optional.empty();
    }

    private static int precision(String text) {
        return (int) text.chars().filter(Character::isDigit).count();
    }

    private static List<Span> merged(List<Span> old, Span more) {
        if (old.contains(more)) {
            return old;
        }
        List<Span> all = new ArrayList<>(old);
        all.add(more);
        return all;
    }
}
