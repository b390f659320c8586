package dev.claimgraph.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** True positives, false positives and false negatives, with precision, recall and F1 from them. */
public record Counts(long truePositives, long falsePositives, long falseNegatives) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public double precision() {
        long found = truePositives + falsePositives;
        return found == 0 ? 0.0 : (double) truePositives / found;
    }

    public double recall() {
        long gold = truePositives + falseNegatives;
        return gold == 0 ? 0.0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** The gold entries that count: found plus missed. */
    public long gold() {
        return truePositives + falseNegatives;
    }

    /** Three decimals, rounded half-even on the exact binary value as Python's format does. */
    static String fixed3(double value) {
        return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
