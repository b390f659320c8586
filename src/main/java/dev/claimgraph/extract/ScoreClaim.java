package dev.claimgraph.extract;

import java.math.BigDecimal;
import java.util.List;

/**
 * A model's score on a benchmark under an evaluation setting.
 *
 * @param score the number on its own printed scale (74.4 for "74.4%")
 * @param scoreText the number as printed ("74.4%")
 * @param metric what is measured ("accuracy", "F1", "pass rate", ...)
 */
public record ScoreClaim(
        String model,
        String benchmark,
        BigDecimal score,
        String scoreText,
        ScoreUnit unit,
        String metric,
        Setting setting,
        boolean firstParty,
        double confidence,
        List<Span> evidence) implements Claim {

    public ScoreClaim {
        evidence = List.copyOf(evidence);
    }
}
