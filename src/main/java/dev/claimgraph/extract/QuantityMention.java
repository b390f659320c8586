package dev.claimgraph.extract;

/**
 * A parameter count or context length found in a text.
 *
 * @param kind what the quantity measures
 * @param value the number (parameters or tokens)
 * @param active for a sparse model's "N active" count beside the total, that count, else null
 * @param text the quantity as written
 */
record QuantityMention(Kind kind, int start, int end, long value, Long active, String text) {

    /** What a quantity measures. */
    enum Kind { PARAMETERS, ACTIVE_PARAMETERS, CONTEXT_LENGTH }
}
