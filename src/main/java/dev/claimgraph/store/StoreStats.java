package dev.claimgraph.store;

import java.util.Map;

/**
 * Counts over the stored documents.
 *
 * @param claimsByKind claim counts by class local name ("ScoreClaim", ...), every kind present
 */
public record StoreStats(long documents, Map<String, Long> claimsByKind, long models, long benchmarks) {

    public StoreStats {
        claimsByKind = Map.copyOf(claimsByKind);
    }

    /** All claims, of every kind. */
    public long claims() {
        return claimsByKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
