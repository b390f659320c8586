package dev.claimgraph.store;

import java.math.BigDecimal;
import org.apache.jena.graph.Node;

/**
 * What the score table keeps of a claim giving a summary's lowest or highest value, so that a
 * conflict listing reads neither the claim nor its source.
 *
 * @param claim the claim's IRI
 * @param score the value on the percent scale
 * @param scoreText the value as printed, or null
 * @param firstParty whether the paper reports its own model, or null when unknown
 * @param source the source's IRI
 * @param sourceInfo the source's file name and the paper's title, date and affiliations
 * @param evidence the text stating the score, several spans joined with " … ", or null
 */
public record ExtremeReport(Node claim, BigDecimal score, String scoreText, Boolean firstParty, Node source,
        SourceInfo sourceInfo, String evidence) {}
