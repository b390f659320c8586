package dev.claimgraph.extract;

import java.util.Map;

/**
 * One sentence of a block and the mentions inside it.
 *
 * @param text the whole block, of which the sentence is [start, end)
 * @param lower the block in lower case, for quick word tests
 * @param offset where the block starts in the document
 * @param settingOwners for each setting phrase, the number it is written beside, if any
 */
record Sentence(String text, String lower, int start, int end, int offset, Mentions m,
        Map<SettingParser.Found, ScoreMention> settingOwners) {

    String body() {
        return text.substring(start, end);
    }

    /** Whether the sentence holds one of the (lower-case) words, before looking closer. */
    boolean mentions(String... words) {
        for (String word : words) {
            int at = lower.indexOf(word, start);
            if (at >= 0 && at < end) {
                return true;
            }
        }
        return false;
    }
}
