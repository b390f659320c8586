package dev.claimgraph.bench;

/**
 * A model the generator can write about.
 *
 * @param name the name as papers write it ("Llama 3 70B")
 * @param line the family and version it belongs to ("Llama 3"), shared by its sizes
 * @param organisation the organisation that builds it
 * @param billions its parameter count in billions, or 0 when papers do not state one
 * @param strength how good it is, 0 to 1; scores grow with it
 */
record PoolModel(String name, String line, String organisation, double billions, double strength) {}
