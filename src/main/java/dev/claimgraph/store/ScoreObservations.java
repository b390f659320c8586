package dev.claimgraph.store;

import java.util.function.Consumer;
import org.apache.jena.graph.Node;

/** Hands over the score claims on one benchmark, one observation per claim. */
interface ScoreObservations {

    void forEach(Node benchmark, Consumer<ScoreObservation> sink);
}
