package dev.claimgraph.extract;

import java.util.List;

/**
 * A model's parameter count.
 *
 * @param parameters the (total) number of parameters
 * @param activeParameters for a sparse model, the number active per token, or null
 * @param quantityText the count as written ("1.8B", "7 billion")
 */
public record ParameterClaim(
        String model,
        long parameters,
        Long activeParameters,
        String quantityText,
        boolean firstParty,
        double confidence,
        List<Span> evidence) implements Claim {

    public ParameterClaim {
        evidence = List.copyOf(evidence);
    }
}
