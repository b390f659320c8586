package dev.claimgraph.extract;

import java.util.List;

/** A model's context length in tokens ("32K" is 32768), with the length as written. */
public record ContextLengthClaim(
        String model,
        long tokens,
        String quantityText,
        boolean firstParty,
        double confidence,
        List<Span> evidence) implements Claim {

    public ContextLengthClaim {
        evidence = List.copyOf(evidence);
    }
}
