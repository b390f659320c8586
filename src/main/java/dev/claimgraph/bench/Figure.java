package dev.claimgraph.bench;

import java.util.Locale;

/** One printed result: a label, a number and its unit, written as {@code label: number unit}. */
public record Figure(String label, double value, String unit) {

    /** The printed line; the number is plain (no grouping) so that scripts can parse it. */
    public String line() {
        String number = value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
        return label + ": " + number + (unit.isEmpty() ? "" : " " + unit);
    }
}
