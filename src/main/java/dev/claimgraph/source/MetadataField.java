package dev.claimgraph.source;

/** One metadata value (a title, an author, an affiliation, a date) and where the text states it. */
public record MetadataField(String value, int start, int end) {}
