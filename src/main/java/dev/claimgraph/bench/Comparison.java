package dev.claimgraph.bench;

/** A comparison a generated paper states between two models, optionally on one benchmark. */
record Comparison(PoolModel subject, boolean similar, PoolModel object, PoolBenchmark benchmark) {}
