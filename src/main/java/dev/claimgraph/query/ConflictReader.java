package dev.claimgraph.query;

import dev.claimgraph.rdf.CG;
import dev.claimgraph.rdf.Literals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/** Reads conflicts from the score table: the chosen summaries with the reports kept for their extreme values. */
final class ConflictReader {

    /** Summaries read at once: bounds the values held beside the conflicts already built. */
    private static final int BATCH = 2_000;

    private final SparqlRunner table;
    private final TableNodeReader nodes;
    private final Map<Node, Row> about = new HashMap<>();

    ConflictReader(SparqlRunner table) {
        this.table = table;
        this.nodes = new TableNodeReader(table);
    }

    /** The conflicts of the given summaries, in no particular order. */
    List<Conflict> read(List<Node> entries) {
        List<Conflict> conflicts = new ArrayList<>(entries.size());
        for (int from = 0; from < entries.size(); from += BATCH) {
            readBatch(entries.subList(from, Math.min(entries.size(), from + BATCH)), conflicts);
        }
        return conflicts;
    }

    private void readBatch(List<Node> entries, List<Conflict> conflicts) {
        Map<Node, TableNode> summaries = nodes.read(entries);
        List<Node> reportNodes = new ArrayList<>();
        summaries.values().forEach(s -> {
            reportNodes.addAll(s.all(CG.lowReport));
            reportNodes.addAll(s.all(CG.highReport));
        });
        Map<Node, TableNode> reports = nodes.read(reportNodes);
        readLabels(summaries.values());
        for (Node entry : entries) {
            TableNode summary = summaries.get(entry);
            if (summary == null) {
                continue;
            }
            String model = label(summary.first(CG.summaryModel));
            Node benchmarkNode = summary.first(CG.summaryBenchmark);
            String benchmark = label(benchmarkNode);
            String setting = label(summary.first(CG.summarySetting));
            Row benchmarkRow = about.get(benchmarkNode);
            Boolean higher = benchmarkRow == null ? null : benchmarkRow.bool("higherIsBetter");
            List<ScoreReport> extremes = new ArrayList<>();
            for (Node side : List.of(CG.lowReport, CG.highReport)) {
                for (Node report : summary.all(side)) {
                    TableNode r = reports.get(report);
                    if (r != null) {
                        extremes.add(report(r, model, benchmark, setting, higher == null || higher));
                    }
                }
            }
            extremes.sort(Comparator.comparing(ScoreReport::score).thenComparing(ScoreReport::source));
            BigDecimal low = summary.decimal(CG.minScore);
            BigDecimal high = summary.decimal(CG.maxScore);
            conflicts.add(new Conflict(model, benchmark, setting, low, high, high.subtract(low),
                    summary.integer(CG.reportCount), summary.integer(CG.sourceCount), extremes));
        }
    }

    private static ScoreReport report(TableNode r, String model, String benchmark, String setting,
            boolean higherIsBetter) {
        Node firstParty = r.first(CG.reportedFirstParty);
        return new ScoreReport(r.first(CG.reportedClaim).getURI(), model, benchmark, setting,
                r.decimal(CG.reportedScore), r.text(CG.reportedScoreText), r.text(CG.reportFileName),
                r.text(CG.reportPaperTitle), r.text(CG.reportPaperDate),
                firstParty == null ? null : Literals.isTrue(firstParty),
                r.all(CG.reportAffiliation).stream().map(Node::getLiteralLexicalForm).sorted().toList(),
                r.text(CG.reportEvidence), higherIsBetter);
    }

    /** Reads the table's label (and direction) of each model, benchmark and setting the summaries name, once each. */
    private void readLabels(Collection<TableNode> summaries) {
        Set<Node> entities = new LinkedHashSet<>();
        for (TableNode s : summaries) {
            for (Node property : List.of(CG.summaryModel, CG.summaryBenchmark, CG.summarySetting)) {
                Node entity = s.first(property);
                if (!about.containsKey(entity)) {
                    entities.add(entity);
                }
            }
        }
        if (!entities.isEmpty()) {
            table.select("q-table-labels", "entity", entities).forEach(r -> about.putIfAbsent(r.node("entity"), r));
        }
    }

    private String label(Node entity) {
        Row row = about.get(entity);
        return row != null ? row.text("label") : entity.getURI().substring(entity.getURI().lastIndexOf('/') + 1);
    }
}
