package dev.claimgraph.bench;

/** A summary held in memory: its file name and text. */
public record SourceText(String fileName, String text) {}
