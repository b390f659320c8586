package dev.claimgraph.bench;

/**
 * A benchmark the generator can report scores on, with the setting papers usually run it in.
 *
 * @param difficulty 0 to 1; scores fall with it
 */
record PoolBenchmark(String name, String setting, double difficulty) {}
