package dev.claimgraph.extract;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a pattern that {@link Matcher#find()} would find, trying the pattern only
 * at offsets a cheap test allows: the test must hold wherever a match can start.
 */
final class GuardedSearch {

    private final Matcher matcher;
    private final String text;
    private final IntPredicate mayStart;
    private int at;

    GuardedSearch(Pattern pattern, String text, IntPredicate mayStart) {
        this.matcher = pattern.matcher(text);
        // Lookbehinds and boundaries must see the text before the region, as find() lets them.
        this.matcher.useTransparentBounds(true);
        this.text = text;
        this.mayStart = mayStart;
    }

    /** Moves to the next match, after the previous one; false when there is none. */
    boolean next() {
        for (; at < text.length(); at++) {
            if (!mayStart.test(at)) {
                continue;
            }
            matcher.region(at, text.length());
            if (matcher.lookingAt()) {
                at = Math.max(matcher.end(), at + 1);
                return true;
            }
        }
        return false;
    }

    /** The matcher, holding the current match's groups. */
    Matcher matcher() {
        return matcher;
    }
}
