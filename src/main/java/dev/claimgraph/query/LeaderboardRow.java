package dev.claimgraph.query;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A model's place on one benchmark under one setting.
 *
 * @param rank 1 for the best; models with equal scores share a rank
 * @param model the model's label
 * @param benchmark the benchmark's label
 * @param setting the setting's label
 * @param score the value ranked on: the one most reports give, then the latest paper's, then the better one
 * @param minScore the lowest value any source gives
 * @param maxScore the highest value any source gives
 * @param reportCount how many claims report a score (the {@code scores} query lists them)
 * @param sourceCount how many sources those claims come from
 */
public record LeaderboardRow(int rank, String model, String benchmark, String setting, BigDecimal score,
        BigDecimal minScore, BigDecimal maxScore, int reportCount, int sourceCount) implements TableRow {

    /** True when sources give different values. */
    public boolean sourcesDisagree() {
        return minScore.compareTo(maxScore) != 0;
    }

    @Override
    public Map<String, String> cells() {
        return new Cells().put("rank", rank).put("model", model).put("setting", setting).put("score", score)
                .put("min", minScore).put("max", maxScore).put("disagree", sourcesDisagree() ? "yes" : "")
                .put("reports", reportCount).put("sources", sourceCount).build();
    }
}
