package dev.claimgraph.query;

/**
 * Who built a model, by one source or by the lexicon.
 *
 * @param organisation the organisation's label
 * @param basis "stated in text" or "from lexicon"
 * @param source the summary's file name, or null for the lexicon's reference data
 * @param evidence the text naming the model, or null
 */
public record DeveloperFact(String organisation, String basis, String source, String evidence) {}
