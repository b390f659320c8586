/** Scoring extracted claim JSON against hand-made gold annotations, as the shared {@code score.py} does. */
package dev.claimgraph.eval;
