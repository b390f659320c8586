package dev.claimgraph.extract;

import java.util.Map;

/** One sentence of a block and the mentions inside it. */
record Sentence(String text, int start, int end, int offset, Mentions m,
        Map<SettingParser.Found, ScoreMention> settingOwners) {
    String body() {
        return text.substring(start, end);
    }
}
