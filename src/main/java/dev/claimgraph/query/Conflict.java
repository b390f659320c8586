package dev.claimgraph.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Sources that give the same model, benchmark and setting scores further apart than the tolerance.
 *
 * @param model the model's label
 * @param benchmark the benchmark's label
 * @param setting the setting's label
 * @param lowScore the lowest value reported
 * @param highScore the highest value reported
 * @param spread highScore minus lowScore
 * @param reportCount how many claims report a score (the {@code scores} query lists them all)
 * @param sourceCount how many sources those claims come from
 * @param reports the reports of the lowest and of the highest value, lowest first, with paper date and evidence
 */
public record Conflict(String model, String benchmark, String setting, BigDecimal lowScore, BigDecimal highScore,
        BigDecimal spread, int reportCount, int sourceCount, List<ScoreReport> reports) implements TableRow {

    public Conflict {
        reports = List.copyOf(reports);
    }

    @Override
    public Map<String, String> cells() {
        return new Cells().put("model", model).put("benchmark", benchmark).put("setting", setting)
                .put("low", lowScore).put("high", highScore).put("spread", spread)
                .put("reports", reportCount).put("sources", sourceCount)
                .reports("extremes", reports)
                .list("evidence", reports.stream().map(r -> r.source() + ": " + r.evidence()).toList()).build();
    }
}
