package dev.claimgraph.store;

/** A source held in the store: its IRI (also its graph's name), file name, content hash and extractor version. */
public record StoredSource(String iri, String fileName, String contentHash, String extractorVersion) {}
