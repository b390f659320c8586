package dev.claimgraph.extract;

/** A user lexicon folder or file that cannot be read; the message names it. */
public final class LexiconException extends Exception {
    public LexiconException(String message) {
        super(message);
    }
}
