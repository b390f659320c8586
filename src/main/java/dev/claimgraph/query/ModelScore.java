package dev.claimgraph.query;

import java.math.BigDecimal;

/**
 * What the sources report of one model's score on one benchmark under one setting.
 *
 * @param benchmark the benchmark's label
 * @param setting the setting's label
 * @param score the representative value, as on the leaderboard
 * @param minScore the lowest value any source gives
 * @param maxScore the highest value any source gives
 * @param reportCount how many claims report a score (the {@code scores} query lists them)
 * @param sourceCount how many sources those claims come from
 */
public record ModelScore(String benchmark, String setting, BigDecimal score, BigDecimal minScore,
        BigDecimal maxScore, int reportCount, int sourceCount) {

    /** "68.9" or, where sources disagree, "68.9 (68.9 to 69.9)". */
    public String describe() {
        String value = Scores.plain(score);
        return minScore.compareTo(maxScore) == 0 ? value
                : value + " (" + Scores.plain(minScore) + " to " + Scores.plain(maxScore) + ")";
    }
}
