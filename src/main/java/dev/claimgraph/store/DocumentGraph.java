package dev.claimgraph.store;

import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * One source's graph ready to store, with the content hash and extractor version it was made
 * from; the graph must state both on the source node.
 */
public record DocumentGraph(String sourceName, String contentHash, String extractorVersion, Graph graph) {

    public DocumentGraph {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(extractorVersion, "extractorVersion");
        Objects.requireNonNull(graph, "graph");
    }
}
