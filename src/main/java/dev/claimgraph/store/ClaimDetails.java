package dev.claimgraph.store;

import java.math.BigDecimal;
import org.apache.jena.graph.Node;

/**
 * What a report shows of one claim: its score where it states one, where it comes from and the
 * text stating it.
 *
 * @param claim the claim's IRI
 * @param score the value on the percent scale, or null for a claim that states no score
 * @param scoreText the value as printed, or null
 * @param firstParty whether the paper reports its own model, or null when unknown
 * @param source the source's IRI
 * @param sourceInfo the source's file name and the paper's title, date and affiliations
 * @param evidence the text stating the claim, several spans joined with " … ", or null
 */
public record ClaimDetails(Node claim, BigDecimal score, String scoreText, Boolean firstParty, Node source,
        SourceInfo sourceInfo, String evidence) {}
