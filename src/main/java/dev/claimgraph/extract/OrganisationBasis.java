package dev.claimgraph.extract;

/** Where the knowledge that an organisation built a model comes from. */
public enum OrganisationBasis {
    /** The summary states it, through the paper's affiliations or in a sentence. */
    STATED,
    /** The summary names the model only; the lexicon says who built it. */
    LEXICON
}
