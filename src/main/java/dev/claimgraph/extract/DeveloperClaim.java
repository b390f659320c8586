package dev.claimgraph.extract;

import java.util.List;

/**
 * Which organisation built a model.
 *
 * @param basis whether the summary states it or only the lexicon knows it; for the latter the
 *     evidence is where the text names the model
 */
public record DeveloperClaim(
        String model,
        String organisation,
        OrganisationBasis basis,
        boolean firstParty,
        double confidence,
        List<Span> evidence) implements Claim {

    public DeveloperClaim {
        evidence = List.copyOf(evidence);
    }
}
