package dev.claimgraph.eval;

import java.util.Map;

/** Counts of a scoring run: per claim kind (by its label) and overall. */
public record Evaluation(Map<String, Counts> byKind, Counts overall) {

    public Evaluation {
        byKind = Map.copyOf(byKind);
    }
}
