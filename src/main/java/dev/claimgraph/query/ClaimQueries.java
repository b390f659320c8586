package dev.claimgraph.query;

import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.extract.Setting;
import dev.claimgraph.rdf.CG;
import dev.claimgraph.rdf.IriMinter;
import dev.claimgraph.store.ClaimDetailsReader;
import dev.claimgraph.store.ClaimStore;
import dev.claimgraph.store.ScoreTable;
import dev.claimgraph.store.SourceCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.system.Txn;

/**
 * The named queries over a claim graph, run through an RDFConnection so that a local TDB2 store and
 * any SPARQL 1.1 endpoint that exposes the union of the document graphs as its default graph
 * (Fuseki: {@code tdb2:unionDefaultGraph true}) answer alike.
 */
public final class ClaimQueries implements AutoCloseable {

    /** Scores closer than this are the same score for conflicts and for agreement in head-to-head rows. */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.05");

    private final RDFConnection connection;
    private final SparqlRunner sparql;
    private final NameResolver names;

    public ClaimQueries(RDFConnection connection, Lexicon lexicon, IriMinter iris) {
        this(new SparqlRunner(connection), connection, lexicon, iris);
    }

    private ClaimQueries(SparqlRunner sparql, RDFConnection connection, Lexicon lexicon, IriMinter iris) {
        this.connection = connection;
        this.sparql = sparql;
        this.names = new NameResolver(lexicon, iris, sparql);
    }

    /** Queries over a local store; closing them leaves the store open. */
    public static ClaimQueries local(ClaimStore store, Lexicon lexicon) {
        RDFConnection connection = RDFConnection.connect(store.dataset());
        return new ClaimQueries(new SparqlRunner(connection, store.dataset().asDatasetGraph()), connection,
                lexicon, new IriMinter(lexicon));
    }

    /** Queries over a remote SPARQL endpoint whose default graph is the union of the document graphs. */
    public static ClaimQueries remote(String queryEndpoint, Lexicon lexicon) {
        // Long queries go as an HTML form: every SPARQL 1.1 endpoint takes that, not all take a query body.
        return new ClaimQueries(RDFConnectionRemote.service(queryEndpoint)
                .querySendMode(QuerySendMode.asGetWithLimitForm).build(), lexicon, new IriMinter(lexicon));
    }

    // ---------------------------------------------------------------- leaderboard

    /** Models ranked by score on one benchmark, per setting (every setting when {@code setting} is null). */
    public List<LeaderboardRow> leaderboard(String benchmark, Setting setting) {
        return leaderboard(new ClaimFilter(null, benchmark, setting));
    }

    /** As {@link #leaderboard(String, Setting)}; the filter's benchmark is required, its model is ignored. */
    public List<LeaderboardRow> leaderboard(ClaimFilter filter) {
        if (filter.benchmark() == null) {
            throw new IllegalArgumentException("the leaderboard needs a benchmark");
        }
        Map<String, Node> bindings = bindings(filter.withModel(null));
        List<Row> rows = withScoreTable(bindings, table -> {
            List<Row> summaries = table.select("q-leaderboard", bindings);
            // One benchmark and a few settings: their labels and direction are read once, not per row.
            // A substituted variable is no column of the answer: its value is the one substituted.
            Node benchmark = bindings.get("benchmark");
            Function<Row, Node> setting = r -> r.node("setting") != null ? r.node("setting") : bindings.get("setting");
            Set<Node> shared = new LinkedHashSet<>();
            shared.add(benchmark);
            summaries.forEach(r -> shared.add(setting.apply(r)));
            Map<Node, Row> about = new HashMap<>();
            if (!summaries.isEmpty()) {
                table.select("q-table-labels", "entity", shared).forEach(r -> about.putIfAbsent(r.node("entity"), r));
            }
            return summaries.stream().map(r -> withEntity(withEntity(r, about.get(benchmark), "benchmark"),
                    about.get(setting.apply(r)), "setting")).toList();
        });
        List<LeaderboardRow> board = new ArrayList<>();
        List<List<Row>> settings = new ArrayList<>(group(rows, r -> r.text("setting")).values());
        settings.sort(Comparator.comparing(g -> g.get(0).label("settingLabel", "setting")));
        for (List<Row> settingRows : settings) {
            boolean higher = !Boolean.FALSE.equals(settingRows.get(0).bool("higherIsBetter"));
            settingRows.sort(Comparator.comparing((Row r) -> r.decimal("score"), Scores.bestFirst(higher))
                    .thenComparing(r -> r.label("modelLabel", "model")));
            int rank = 0;
            for (int i = 0; i < settingRows.size(); i++) {
                Row row = settingRows.get(i);
                if (i == 0 || row.decimal("score").compareTo(settingRows.get(i - 1).decimal("score")) != 0) {
                    rank = i + 1;
                }
                board.add(new LeaderboardRow(rank, row.label("modelLabel", "model"),
                        row.label("benchmarkLabel", "benchmark"), row.label("settingLabel", "setting"),
                        row.decimal("score"), row.decimal("min"), row.decimal("max"),
                        row.integer("reports").intValue(), row.integer("sources").intValue()));
            }
        }
        return board;
    }

    // ---------------------------------------------------------------- scores

    /** Every report of a score the filter admits, with its source and evidence. */
    public List<ScoreReport> scores(ClaimFilter filter) {
        return read(sparql.select("q-scores", bindings(filter)));
    }

    // ---------------------------------------------------------------- conflicts

    /** Every conflict, with the default tolerance. */
    public List<Conflict> conflicts() {
        return conflicts(ClaimFilter.NONE, DEFAULT_TOLERANCE);
    }

    /** Every conflict beyond the tolerance; see {@link #conflicts(ClaimFilter, BigDecimal, int)}. */
    public List<Conflict> conflicts(ClaimFilter filter, BigDecimal tolerance) {
        return conflicts(filter, tolerance, 0);
    }

    /**
     * Same model, benchmark and setting with scores further apart than {@code tolerance} in two
     * different sources, each with the reports of its lowest and highest value: the largest
     * spread first, at most {@code limit} of them (all when {@code limit} is 0).
     */
    public List<Conflict> conflicts(ClaimFilter filter, BigDecimal tolerance, int limit) {
        Map<String, Node> bindings = bindings(filter);
        bindings.put("tolerance", NodeFactory.createLiteralDT(tolerance.toPlainString(), XSDDatatype.XSDdecimal));
        List<Conflict> conflicts = new ArrayList<>(withScoreTable(bindings, table -> {
            // The largest spreads are chosen from an index entry or two per summary; only they are read in full.
            String choice = filter.equals(ClaimFilter.NONE) ? "q-conflict-spreads" : "q-conflict-entries";
            List<Row> entries = new ArrayList<>(table.select(choice, bindings));
            entries.sort(Comparator.comparing((Row r) -> r.decimal("crossSpread")).reversed()
                    .thenComparing(r -> r.text("entry")));
            List<Node> chosen = entries.stream().limit(limit > 0 ? limit : Long.MAX_VALUE)
                    .map(r -> r.node("entry")).toList();
            return new ConflictReader(table).read(chosen);
        }));
        conflicts.sort(Comparator.comparing(Conflict::spread).reversed().thenComparing(Conflict::model)
                .thenComparing(Conflict::benchmark).thenComparing(Conflict::setting));
        return conflicts;
    }

    /**
     * Runs table queries on the store's score table when it summarises every claim, else on one
     * summarised now from the claims of the bound benchmark, or of every benchmark the bound model
     * (or any model) has scores on: a store filled over plain SPARQL has no table, and one whose
     * ingest was stopped has a stale one.
     */
    private <T> T withScoreTable(Map<String, Node> bindings, Function<SparqlRunner, T> work) {
        if (tableCurrent()) {
            return work.apply(sparql);
        }
        Node benchmark = bindings.get("benchmark");
        Map<String, Node> model = bindings.containsKey("model") ? Map.of("model", bindings.get("model")) : Map.of();
        List<Node> benchmarks = benchmark != null ? List.of(benchmark)
                : sparql.select("table-benchmarks", model).stream().map(r -> r.node("benchmark")).toList();
        List<Node> models = model.isEmpty() ? List.of() : List.of(bindings.get("model"));
        DatasetGraph table = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(table, () -> ScoreTable.build(table, sparql.asSelect(), benchmarks, models));
        try (RDFConnection connection = RDFConnection.connect(DatasetFactory.wrap(table))) {
            return work.apply(new SparqlRunner(connection, table));
        }
    }

    /** The row with {@code <prefix>Label} and, where the entity has one (a benchmark), its direction. */
    private static Row withEntity(Row row, Row entity, String prefix) {
        if (entity == null) {
            return row;
        }
        Map<String, Node> values = new HashMap<>(row.values());
        values.put(prefix + "Label", entity.node("label"));
        if (entity.node("higherIsBetter") != null) {
            values.put("higherIsBetter", entity.node("higherIsBetter"));
        }
        return new Row(values);
    }

    // ---------------------------------------------------------------- corroborations

    public List<Corroboration> corroborations() {
        return corroborations(ClaimFilter.NONE);
    }

    /** The same score for the same model, benchmark and setting from more than one source. */
    public List<Corroboration> corroborations(ClaimFilter filter) {
        List<ScoreReport> reports = read(sparql.select("q-corroborations", bindings(filter)));
        List<Corroboration> found = new ArrayList<>();
        for (List<ScoreReport> group : groupReports(reports, r -> r.subjectKey() + "\u0000" + valueKey(r))) {
            long sources = group.stream().map(ScoreReport::source).distinct().count();
            if (sources < 2) {
                continue;
            }
            long papers = group.stream().map(r -> Objects.requireNonNullElse(r.paperTitle(), r.source()))
                    .distinct().count();
            ScoreReport first = group.get(0);
            found.add(new Corroboration(first.model(), first.benchmark(), first.setting(), first.score(),
                    (int) sources, (int) papers, group));
        }
        return found;
    }

    // ---------------------------------------------------------------- setting mismatches

    public List<SettingMismatch> settingMismatches() {
        return settingMismatches(ClaimFilter.NONE);
    }

    /**
     * Scores cited under different settings, then comparisons whose sides were measured in other
     * settings than the comparison names; the filter's setting is ignored.
     */
    public List<SettingMismatch> settingMismatches(ClaimFilter filter) {
        List<SettingMismatch> found = new ArrayList<>();
        Map<String, Node> bindings = bindings(filter.withSetting(null));
        bindings.put("unspecified", names.setting(Setting.NONE));
        List<ScoreReport> reports = read(sparql.select("q-setting-mismatch-scores", bindings));
        for (List<ScoreReport> group : groupReports(reports, r -> r.model() + "\u0000" + r.benchmark()
                + "\u0000" + valueKey(r))) {
            List<String> settings = group.stream().map(ScoreReport::setting).distinct().sorted().toList();
            ScoreReport first = group.get(0);
            found.add(new ScoreSettingMismatch(first.model(), first.benchmark(), first.score(), settings, group));
        }
        found.addAll(comparisonMismatches(filter));
        return found;
    }

    private List<ComparisonSettingMismatch> comparisonMismatches(ClaimFilter filter) {
        Map<String, Node> bindings = new HashMap<>();
        if (filter.benchmark() != null) {
            bindings.put("benchmark", names.benchmark(filter.benchmark()));
        }
        // ?model is computed in the query (either side), so it cannot be substituted; it is matched here.
        String model = filter.model() == null ? null : names.model(filter.model()).getURI();
        List<Row> rows = new ArrayList<>(sparql.select("q-comparison-setting-pairs", bindings));
        rows.addAll(sparql.select("q-setting-mismatch-comparisons", bindings));
        rows.removeIf(r -> model != null && !model.equals(r.text("model")));
        ScoreReader reader = reader(rows);
        SourceCatalog sources = reader.sources();
        List<ComparisonSettingMismatch> found = new ArrayList<>();
        for (List<Row> group : group(rows, r -> r.text("comparison") + "\u0000" + r.text("side")).values()) {
            Row row = group.get(0);
            found.add(new ComparisonSettingMismatch(
                    row.label("subjectLabel", "subject"),
                    relation(row.text("relation")),
                    row.label("objectLabel", "object"),
                    row.label("benchmarkLabel", "benchmark"),
                    row.label("comparisonSettingLabel", "comparisonSetting"),
                    row.label("objectSettingLabel", "objectSetting"),
                    sources.get(row.text("comparisonSrc")).fileName(),
                    row.text("comparisonEvidence"),
                    row.text("side"),
                    row.label("modelLabel", "model"),
                    row.label("sideSettingLabel", "sideSetting"),
                    reader.read(group)));
        }
        return found;
    }

    // ---------------------------------------------------------------- head-to-head

    public List<HeadToHeadRow> headToHead(String modelA, String modelB) {
        return headToHead(modelA, modelB, ClaimFilter.NONE, DEFAULT_TOLERANCE);
    }

    /** Two models on every benchmark and setting where both have scores; the filter's model is ignored. */
    public List<HeadToHeadRow> headToHead(String modelA, String modelB, ClaimFilter filter, BigDecimal tolerance) {
        Node a = names.model(modelA);
        Node b = names.model(modelB);
        Map<String, Node> bindings = bindings(filter.withModel(null));
        bindings.put("modelA", a);
        bindings.put("modelB", b);
        List<Row> found = sparql.select("q-head-to-head", bindings);
        ScoreReader reader = reader(found);
        List<HeadToHeadRow> rows = new ArrayList<>();
        Map<String, List<Row>> byPlace = group(found, r -> r.text("benchmark") + "\u0000" + r.text("setting"));
        for (List<Row> place : byPlace.values()) {
            List<ScoreReport> reportsA = reader.read(place.stream().filter(r -> a.getURI().equals(r.text("model")))
                    .toList());
            List<ScoreReport> reportsB = reader.read(place.stream().filter(r -> b.getURI().equals(r.text("model")))
                    .toList());
            if (reportsA.isEmpty() || reportsB.isEmpty()) {
                continue;
            }
            ScoreReport first = reportsA.get(0);
            BigDecimal scoreA = Scores.representative(reportsA);
            BigDecimal scoreB = Scores.representative(reportsB);
            BigDecimal advantage = Scores.advantage(scoreA, scoreB, first.higherIsBetter());
            String winner = advantage.signum() > 0 ? first.model()
                    : advantage.signum() < 0 ? reportsB.get(0).model() : null;
            rows.add(new HeadToHeadRow(first.benchmark(), first.setting(), first.model(), scoreA,
                    reportsB.get(0).model(), scoreB, winner, advantage.abs(),
                    Scores.agree(reportsA, tolerance) && Scores.agree(reportsB, tolerance), reportsA, reportsB));
        }
        return rows;
    }

    // ---------------------------------------------------------------- model profile

    /** All that is known about one model; a profile with no facts when the store does not know it. */
    public ModelProfile model(String name) {
        return model(name, 0);
    }

    /**
     * As {@link #model(String)}, with at most {@code comparisonLimit} comparisons (all when 0):
     * those most sources state.
     */
    public ModelProfile model(String name, int comparisonLimit) {
        Node model = names.model(name);
        Map<String, Node> bindings = Map.of("model", model);
        String label = name;
        List<String> aliases = new ArrayList<>();
        for (Row row : sparql.select("q-model-aliases", bindings)) {
            if ("label".equals(row.text("kind"))) {
                label = row.text("label");
            } else {
                aliases.add(row.text("label"));
            }
        }
        // Grouped in the score table: one row per fact however many papers state it. A short
        // listing reads only the leading facts, which the table picks as the listing would.
        boolean leading = comparisonLimit > 0 && comparisonLimit <= ScoreTable.LEADING_COMPARISONS;
        TableRows table = withScoreTable(bindings, t -> new TableRows(t.select("q-model-scores", bindings),
                t.select(leading ? "q-model-leading-facts" : "q-model-facts", bindings),
                t.select("q-model-comparison-count", bindings)));
        ModelFactRows facts = ModelFactRows.read(sparql, table.facts(), comparisonLimit);
        List<Row> developerRows = Labels.attach(sparql, facts.developers(), "organisation");
        List<Row> quantityRows = facts.quantities();
        List<Row> comparisonRows = Labels.attach(sparql, facts.comparisons(),
                "subject", "object", "benchmark", "setting", "objectSetting");
        Examples examples = examples(developerRows, quantityRows, comparisonRows);
        List<DeveloperFact> developers = new ArrayList<>();
        for (Row row : sparql.select("q-model-lexicon-developers", bindings)) {
            developers.add(new DeveloperFact(row.label("organisationLabel", "organisation"), basis(CG.FromLexicon.getURI()),
                    null, null, 0));
        }
        for (Row row : developerRows) {
            Example example = examples.of(row);
            developers.add(new DeveloperFact(row.label("organisationLabel", "organisation"), basis(row.text("basis")),
                    example.source(), example.evidence(), row.integer("sources").intValue()));
        }
        developers.sort(Comparator.comparing(DeveloperFact::organisation)
                .thenComparing(DeveloperFact::basis, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<QuantityFact> parameters = new ArrayList<>();
        List<QuantityFact> contextLengths = new ArrayList<>();
        for (Row row : quantityRows) {
            Example example = examples.of(row);
            QuantityFact fact = new QuantityFact(row.integer("value"), row.integer("active"), row.text("text"),
                    row.bool("firstParty"), example.source(), example.date(), example.evidence(),
                    row.integer("sources").intValue());
            ("parameters".equals(row.text("kind")) ? parameters : contextLengths).add(fact);
        }
        parameters.sort(Comparator.comparingLong(QuantityFact::value));
        contextLengths.sort(Comparator.comparingLong(QuantityFact::value));
        List<ModelScore> scores = new ArrayList<>();
        for (Row row : table.scores()) {
            scores.add(new ModelScore(row.label("benchmarkLabel", "benchmark"), row.label("settingLabel", "setting"),
                    row.decimal("score"), row.decimal("min"), row.decimal("max"), row.integer("reports").intValue(),
                    row.integer("sources").intValue()));
        }
        scores.sort(Comparator.comparing(ModelScore::benchmark).thenComparing(ModelScore::setting));
        List<ComparisonFact> comparisons = new ArrayList<>();
        for (Row row : comparisonRows) {
            Example example = examples.of(row);
            comparisons.add(new ComparisonFact(row.label("subjectLabel", "subject"), relation(row.text("relation")),
                    row.label("objectLabel", "object"), row.text("benchmarkLabel"), row.text("settingLabel"),
                    row.text("objectSettingLabel"), row.bool("firstParty"), example.source(), example.evidence(),
                    row.integer("sources").intValue()));
        }
        comparisons.sort(Comparator.comparing(ComparisonFact::describe));
        int comparisonCount = table.comparisonCount().isEmpty() ? 0
                : table.comparisonCount().get(0).integer("comparisons").intValue();
        return new ModelProfile(label, model.getURI(), aliases, developers, parameters, contextLengths, scores,
                comparisons, comparisonCount);
    }

    /** What a model's profile reads from the score table. */
    private record TableRows(List<Row> scores, List<Row> facts, List<Row> comparisonCount) {}

    private boolean tableCurrent() {
        return sparql.ask("table-current", Map.of("format", ScoreTable.FORMAT));
    }

    /** One claim standing for a grouped fact: the summary it comes from and its text. */
    private record Example(String source, String date, String evidence) {

        static final Example NONE = new Example(null, null, null);
    }

    /** The examples of grouped rows, by their {@code ?example} claim. */
    private record Examples(Map<String, Example> byClaim) {

        Example of(Row row) {
            return byClaim.getOrDefault(row.text("example"), Example.NONE);
        }
    }

    @SafeVarargs
    private Examples examples(List<Row>... rowLists) {
        Set<Node> claims = new LinkedHashSet<>();
        for (List<Row> rows : rowLists) {
            rows.forEach(r -> {
                if (r.node("example") != null) {
                    claims.add(r.node("example"));
                }
            });
        }
        Map<String, Example> byClaim = new HashMap<>();
        ClaimDetailsReader.read(sparql.asSelect(), claims).forEach((claim, d) -> byClaim.put(claim.getURI(),
                new Example(d.sourceInfo().fileName(), d.sourceInfo().date(), d.evidence())));
        return new Examples(byClaim);
    }

    // ---------------------------------------------------------------- state of the art

    /** The papers that improved the best score per benchmark and setting, in date order; null arguments do not narrow. */
    public List<SotaStep> sota(String benchmark, Setting setting) {
        return sota(new ClaimFilter(null, benchmark, setting));
    }

    /** As {@link #sota(String, Setting)}; the filter's model is ignored, since the best is over all models. */
    public List<SotaStep> sota(ClaimFilter filter) {
        List<ScoreReport> reports = read(sparql.select("q-sota", bindings(filter.withModel(null))));
        List<SotaStep> steps = new ArrayList<>();
        for (List<ScoreReport> place : groupReports(reports, r -> r.benchmark() + "\u0000" + r.setting())) {
            ScoreReport best = null;
            for (ScoreReport r : place) {
                if (best != null && Scores.advantage(r.score(), best.score(), r.higherIsBetter()).signum() <= 0) {
                    continue;
                }
                steps.add(new SotaStep(r.benchmark(), r.setting(), r.date(), r.model(), r.score(),
                        best == null ? null : best.model(), best == null ? null : best.score(), r.source(),
                        r.paperTitle(), r.evidence()));
                best = r;
            }
        }
        return steps;
    }

    // ---------------------------------------------------------------- self vs third party

    /** Scores a model's own organisation reported beside those others reported, for one model or all (null). */
    public List<SelfVsThirdParty> selfVsThirdParty(String model) {
        return selfVsThirdParty(new ClaimFilter(model, null, null));
    }

    public List<SelfVsThirdParty> selfVsThirdParty(ClaimFilter filter) {
        List<ScoreReport> reports = read(sparql.select("q-self-vs-third-party", bindings(filter)));
        List<SelfVsThirdParty> found = new ArrayList<>();
        for (List<ScoreReport> group : bySubject(reports)) {
            List<ScoreReport> self = group.stream().filter(r -> Boolean.TRUE.equals(r.firstParty())).toList();
            List<ScoreReport> others = group.stream().filter(r -> Boolean.FALSE.equals(r.firstParty())).toList();
            if (self.isEmpty() || others.isEmpty()) {
                continue;
            }
            BigDecimal selfScore = Scores.representative(self);
            BigDecimal otherScore = Scores.representative(others);
            ScoreReport first = group.get(0);
            found.add(new SelfVsThirdParty(first.model(), first.benchmark(), first.setting(), selfScore, otherScore,
                    otherScore.subtract(selfScore), self, others));
        }
        return found;
    }

    @Override
    public void close() {
        connection.close();
    }

    // ---------------------------------------------------------------- helpers

    /** The score reports of rows, with their sources' details. */
    private List<ScoreReport> read(List<Row> rows) {
        return reader(rows).read(rows);
    }

    /**
     * A reader over the sources the rows cite, loaded afresh so each query sees the store as it
     * is now; only those sources, because loading all of them would grow with the store.
     */
    private ScoreReader reader(List<Row> rows) {
        return new ScoreReader(catalog(rows));
    }

    /** The sources the rows cite, as {@code ?src} or {@code ?comparisonSrc}. */
    @SafeVarargs
    private SourceCatalog catalog(List<Row>... rowLists) {
        Set<Node> sources = new LinkedHashSet<>();
        for (List<Row> rows : rowLists) {
            for (Row row : rows) {
                for (String var : List.of("src", "comparisonSrc")) {
                    Node n = row.node(var);
                    if (n != null && n.isURI()) {
                        sources.add(n);
                    }
                }
            }
        }
        return SourceCatalog.load(sparql.asSelect(), sources);
    }

    /** The filter's names as IRIs for substitution; absent filters leave their variables free. */
    private Map<String, Node> bindings(ClaimFilter filter) {
        Map<String, Node> bindings = new HashMap<>();
        if (filter.model() != null) {
            bindings.put("model", names.model(filter.model()));
        }
        if (filter.benchmark() != null) {
            bindings.put("benchmark", names.benchmark(filter.benchmark()));
        }
        if (filter.setting() != null) {
            bindings.put("setting", names.setting(filter.setting()));
        }
        return bindings;
    }

    private static String valueKey(ScoreReport r) {
        return r.score().stripTrailingZeros().toPlainString();
    }

    private static List<List<ScoreReport>> bySubject(List<ScoreReport> reports) {
        return groupReports(reports, ScoreReport::subjectKey);
    }

    private static List<List<ScoreReport>> groupReports(List<ScoreReport> reports, Function<ScoreReport, String> key) {
        return new ArrayList<>(group(reports, key).values());
    }

    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        for (T item : items) {
            groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        return groups;
    }

    private static String relation(String iri) {
        return CG.Similar.getURI().equals(iri) ? "similar" : "better";
    }

    private static String basis(String iri) {
        if (iri == null) {
            return null;
        }
        return CG.FromLexicon.getURI().equals(iri) ? "from lexicon" : "stated in text";
    }
}
