package dev.claimgraph.extract;

/** The scale a score was printed on. */
public enum ScoreUnit {
    /** A percentage: "74.4%". */
    PERCENT,
    /** A fraction of one: "0.744". */
    FRACTION,
    /** A plain number on the benchmark's own scale: an F1 of 80.9, 6.84 on MT-Bench. */
    POINTS
}
