package dev.claimgraph.query;

import dev.claimgraph.store.SourceCatalog;
import dev.claimgraph.store.SourceInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns rows of the score queries into score reports, one per claim, joining a claim's evidence texts. */
final class ScoreReader {

    private final SourceCatalog sources;

    ScoreReader(SourceCatalog sources) {
        this.sources = sources;
    }

    SourceCatalog sources() {
        return sources;
    }

    /** Reports in row order; a claim met again (another evidence span or label) adds only its evidence. */
    List<ScoreReport> read(List<Row> rows) {
        Map<String, ScoreReport> byClaim = new LinkedHashMap<>();
        for (Row row : rows) {
            if (!row.has("claim")) {
                continue;
            }
            ScoreReport report = report(row);
            byClaim.merge(report.claim(), report, ScoreReader::joinEvidence);
        }
        return new ArrayList<>(byClaim.values());
    }

    ScoreReport report(Row row) {
        SourceInfo source = sources.get(row.text("src"));
        boolean fraction = "https://w3id.org/claimgraph#Fraction".equals(row.text("unit"));
        var score = row.decimal("score");
        Boolean higher = row.bool("higherIsBetter");
        return new ScoreReport(
                row.text("claim"),
                row.label("modelLabel", "model"),
                row.label("benchmarkLabel", "benchmark"),
                row.label("settingLabel", "setting"),
                fraction ? score.movePointRight(2) : score,
                row.text("scoreText"),
                source.fileName(),
                source.paperTitle(),
                source.date(),
                row.bool("firstParty"),
                source.affiliations(),
                row.text("evidence"),
                higher == null || higher);
    }

    private static ScoreReport joinEvidence(ScoreReport a, ScoreReport b) {
        if (b.evidence() == null || a.evidence() != null && a.evidence().contains(b.evidence())) {
            return a;
        }
        String evidence = a.evidence() == null ? b.evidence() : a.evidence() + " … " + b.evidence();
        return new ScoreReport(a.claim(), a.model(), a.benchmark(), a.setting(), a.score(), a.scoreText(),
                a.source(), a.paperTitle(), a.date(), a.firstParty(), a.reportedBy(), evidence, a.higherIsBetter());
    }
}
