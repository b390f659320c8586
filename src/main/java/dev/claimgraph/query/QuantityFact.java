package dev.claimgraph.query;

/**
 * A parameter count or context length the sources give for a model.
 *
 * @param value the number (parameters, or tokens of context)
 * @param activeValue for a sparse model, the parameters active per token, else null
 * @param text the quantity as one source writes it ("70B", "32K")
 * @param firstParty true when some paper reports it of its own model
 * @param source the file name of one summary giving it
 * @param date that paper's date, or null
 * @param evidence that summary's text stating it
 * @param sourceCount how many summaries give it
 */
public record QuantityFact(long value, Long activeValue, String text, Boolean firstParty, String source, String date,
        String evidence, int sourceCount) {}
