package dev.claimgraph.extract;

import java.math.BigDecimal;

/**
 * A number in a text that may be a score.
 *
 * @param value the number as printed (74.4 for "74.4%")
 * @param text the number as written, with its sign
 */
record ScoreMention(int start, int end, BigDecimal value, String text, ScoreUnit unit) {

    boolean percent() {
        return unit == ScoreUnit.PERCENT;
    }
}
