package dev.claimgraph.query;

/**
 * Who built a model, by the sources or by the lexicon.
 *
 * @param organisation the organisation's label
 * @param basis "stated in text" or "from lexicon"
 * @param source the file name of one summary stating it, or null for the lexicon's reference data
 * @param evidence that summary's text naming the model, or null
 * @param sourceCount how many summaries state it (0 for the lexicon's reference data)
 */
public record DeveloperFact(String organisation, String basis, String source, String evidence, int sourceCount) {}
