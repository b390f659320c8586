package dev.claimgraph.store;

import java.math.BigDecimal;
import org.apache.jena.graph.Node;

/**
 * One score claim as the score table reads it.
 *
 * @param claim the claim's IRI
 * @param model the model's IRI
 * @param setting the setting's IRI
 * @param value the score on the percent scale
 * @param source the source's IRI
 * @param date the paper's date as ISO text, or "" when unknown
 */
public record ScoreObservation(Node claim, Node model, Node setting, BigDecimal value, Node source, String date) {}
