package dev.claimgraph.extract;

/** A place where a text names a benchmark; {@code name} is the lexicon's canonical name. */
record BenchmarkMention(int start, int end, String name) {}
