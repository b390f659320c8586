package dev.claimgraph.query;

/**
 * A parameter count or context length one source gives for a model.
 *
 * @param value the number (parameters, or tokens of context)
 * @param activeValue for a sparse model, the parameters active per token, else null
 * @param text the quantity as written ("70B", "32K")
 * @param firstParty true when the paper reports its own model
 * @param source the summary's file name
 * @param date the paper's date, or null
 * @param evidence the text stating it
 */
public record QuantityFact(long value, Long activeValue, String text, Boolean firstParty, String source, String date,
        String evidence) {}
