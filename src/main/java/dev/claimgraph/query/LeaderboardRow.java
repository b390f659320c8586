package dev.claimgraph.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A model's place on one benchmark under one setting.
 *
 * @param rank 1 for the best; models with equal scores share a rank
 * @param model the model's label
 * @param benchmark the benchmark's label
 * @param setting the setting's label
 * @param score the value ranked on: the one most sources give, then the latest paper's
 * @param minScore the lowest value any source gives
 * @param maxScore the highest value any source gives
 * @param sourcesDisagree true when sources give different values
 * @param reports every source's report, best value first
 */
public record LeaderboardRow(int rank, String model, String benchmark, String setting, BigDecimal score,
        BigDecimal minScore, BigDecimal maxScore, boolean sourcesDisagree, List<ScoreReport> reports)
        implements TableRow {

    public LeaderboardRow {
        reports = List.copyOf(reports);
    }

    /** The distinct source file names, in report order. */
    public List<String> sources() {
        return reports.stream().map(ScoreReport::source).distinct().toList();
    }

    @Override
    public Map<String, String> cells() {
        return new Cells().put("rank", rank).put("model", model).put("setting", setting).put("score", score)
                .put("min", minScore).put("max", maxScore).put("disagree", sourcesDisagree ? "yes" : "")
                .reports("sources", reports).build();
    }
}
