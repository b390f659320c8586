package dev.claimgraph.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Two models on one benchmark under one setting.
 *
 * @param benchmark the benchmark's label
 * @param setting the setting's label
 * @param modelA the first model's label
 * @param scoreA the first model's score (the value most sources give, then the latest paper's)
 * @param modelB the second model's label
 * @param scoreB the second model's score, chosen the same way
 * @param winner the better model's label (by the benchmark's direction), or null on a tie
 * @param margin how far the winner is ahead, never negative
 * @param sourcesAgree true when every source gives each model the same score (within the tolerance)
 * @param reportsA every report of the first model's score
 * @param reportsB every report of the second model's score
 */
public record HeadToHeadRow(String benchmark, String setting, String modelA, BigDecimal scoreA, String modelB,
        BigDecimal scoreB, String winner, BigDecimal margin, boolean sourcesAgree, List<ScoreReport> reportsA,
        List<ScoreReport> reportsB) implements TableRow {

    public HeadToHeadRow {
        reportsA = List.copyOf(reportsA);
        reportsB = List.copyOf(reportsB);
    }

    @Override
    public Map<String, String> cells() {
        return new Cells().put("benchmark", benchmark).put("setting", setting).put(modelA, scoreA)
                .put(modelB, scoreB).put("winner", winner == null ? "tie" : winner).put("margin", margin)
                .put("sources agree", sourcesAgree ? "yes" : "no")
                .list("sources", java.util.stream.Stream.concat(reportsA.stream(), reportsB.stream())
                        .map(ScoreReport::source).distinct().toList())
                .build();
    }
}
