package dev.claimgraph.extract;

/** How a comparison relates its subject to its object. */
public enum Relation {
    /** The subject does better than the object ("outperforms", "beats", "surpasses"). */
    BETTER,
    /** The subject does about as well as the object ("similar to", "on par with", "matches"). */
    SIMILAR;

    /** The name used in claim JSON ("better", "similar"). */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
