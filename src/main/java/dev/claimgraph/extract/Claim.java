package dev.claimgraph.extract;

import java.util.List;

/** One thing a summary claims, with the text it was read from. */
public sealed interface Claim
        permits ScoreClaim, ParameterClaim, ContextLengthClaim, DeveloperClaim, ComparisonClaim {

    /** The model the claim is about (the subject, for a comparison). */
    String model();

    /** True when the paper reports on its own model, false when on somebody else's. */
    boolean firstParty();

    /** How sure the extractor is, from 0 to 1. */
    double confidence();

    /** Where the text states the claim; never empty. */
    List<Span> evidence();
}
