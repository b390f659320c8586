package dev.claimgraph.store;

import org.apache.jena.graph.Node;

/**
 * One fact the sources state about a model other than a score (who built it, a parameter count,
 * a context length, a comparison), with every claim stating it counted in.
 *
 * @param model the model's IRI
 * @param kind the class of the claims stating it ({@code cg:DeveloperClaim}, {@code cg:ComparisonClaim}, ...)
 * @param example one of those claims, the least IRI, whose values the fact shares
 * @param sourceCount how many sources state it
 * @param firstParty true when any of those papers is by the model's makers, null when none says
 */
public record ModelFact(Node model, Node kind, Node example, int sourceCount, Boolean firstParty) {}
