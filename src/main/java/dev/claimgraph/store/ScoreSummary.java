package dev.claimgraph.store;

import java.math.BigDecimal;
import java.util.List;
import org.apache.jena.graph.Node;

/**
 * What all stored sources together report about one model's score on one benchmark under one setting.
 *
 * @param model the model's IRI
 * @param benchmark the benchmark's IRI
 * @param setting the setting's IRI
 * @param score the representative value (see {@link ScoreSummarizer#representative})
 * @param min the lowest value reported
 * @param max the highest value reported
 * @param reportCount how many claims report a value
 * @param sourceCount how many sources those claims come from
 * @param crossSourceSpread the largest difference between values of two different sources
 * @param lowClaims the claims giving {@code min}
 * @param highClaims the claims giving {@code max}
 */
public record ScoreSummary(Node model, Node benchmark, Node setting, BigDecimal score, BigDecimal min,
        BigDecimal max, int reportCount, int sourceCount, BigDecimal crossSourceSpread, List<Node> lowClaims,
        List<Node> highClaims) {

    public ScoreSummary {
        lowClaims = List.copyOf(lowClaims);
        highClaims = List.copyOf(highClaims);
    }
}
