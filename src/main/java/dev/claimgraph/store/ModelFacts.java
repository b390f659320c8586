package dev.claimgraph.store;

import java.util.List;
import org.apache.jena.graph.Node;

/** Where the score table reads a model's facts from: a local store's quad indexes or any SPARQL store. */
interface ModelFacts {

    /** The model's facts, one per distinct statement. */
    List<ModelFact> of(Node model);
}
