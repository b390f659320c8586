package dev.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds evaluation-setting phrases ("5-shot", "CoT@32", "pass@1", "32 samples") in text. */
public final class SettingParser {

    /** One setting phrase found in a text, with its place. */
    public record Found(Setting setting, int start, int end) {}

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("single", 1));

    private static final String SHOT_COUNT = "(\\d{1,3}|zero|one|two|three|four|five|six|seven|eight|nine|ten|single|few)";

    private static final Pattern PHRASE = Pattern.compile(
            "(?<shots>\\b" + SHOT_COUNT + "[- ]?shots?\\b)"
                    + "|(?<cotk>\\bCoT\\s?@\\s?(?<cotn>\\d{1,4})\\b)"
                    + "|(?<maj>\\bmaj(?:1)?\\s?@\\s?(?<majn>\\d{1,4})\\b)"
                    + "|(?<pass>\\bpass\\s?@\\s?(?<passn>\\d{1,4})\\b)"
                    + "|(?<cot>\\b(?:chain[- ]of[- ]thoughts?|CoT)\\b)"
                    + "|(?<samp>\\b(?<sampn>\\d{1,4})\\s+samples\\b)"
                    + "|(?<zs>\\b(?:zero|few|one)[- ]shot\\b)",
            Pattern.CASE_INSENSITIVE);

    private SettingParser() {}

    /** Every setting phrase in {@code text}, in order. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        if (!mayHoldASetting(text)) {
            return found;
        }
        GuardedSearch search = new GuardedSearch(PHRASE, text, at -> mayStartAt(text, at));
        while (search.next()) {
            Matcher m = search.matcher();
            if (isZeroCount(m)) {
                continue;
            }
            Setting s;
            if (m.group("shots") != null) {
                String count = m.group(2).toLowerCase(Locale.ROOT);
                s = count.equals("few")
                        ? new Setting(null, true, false, null, null)
                        : new Setting(toInt(count), false, false, null, null);
            } else if (m.group("cotk") != null) {
                s = new Setting(null, false, true, Integer.parseInt(m.group("cotn")), null);
            } else if (m.group("maj") != null) {
                s = new Setting(null, false, false, Integer.parseInt(m.group("majn")), null);
            } else if (m.group("pass") != null) {
                s = new Setting(null, false, false, null, Integer.parseInt(m.group("passn")));
            } else if (m.group("cot") != null) {
                s = new Setting(null, false, true, null, null);
            } else if (m.group("samp") != null) {
                s = new Setting(null, false, false, Integer.parseInt(m.group("sampn")), null);
            } else {
                continue;
            }
            found.add(new Found(s, m.start(), m.end()));
        }
        // "pass@100 (100 samples per problem)": the samples are how pass@k is estimated, not a vote.
        found.removeIf(f -> f.setting().samples() != null && !f.setting().chainOfThought()
                && text.substring(f.start(), f.end()).toLowerCase(Locale.ROOT).contains("samples")
                && found.stream().anyMatch(o -> f.setting().samples().equals(o.setting().passAt())));
        return found;
    }

    /** A cheap test that saves the full search on the many texts without a setting. */
    private static boolean mayHoldASetting(String text) {
        if (text.indexOf('@') >= 0) {
            return true;
        }
        // "shot", "cot", "chain" or "sample" in any case, looked for without a lower-case copy of the text
        for (int i = 0; i < text.length(); i++) {
            char c = Regions.lower(text.charAt(i));
            boolean word = c == 's' && (Regions.lowerCaseMatchesAt(text, i, "shot")
                    || Regions.lowerCaseMatchesAt(text, i, "sample"))
                    || c == 'c' && (Regions.lowerCaseMatchesAt(text, i, "cot")
                    || Regions.lowerCaseMatchesAt(text, i, "chain"));
            if (word) {
                return true;
            }
        }
        return false;
    }

    /** Count words that start a phrase only when "shot" follows. */
    private static final List<String> COUNT_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "single", "few");
    /** Words that start a phrase whatever follows. */
    private static final List<String> LEADING_WORDS = List.of("cot", "maj", "pass", "chain");

    /**
     * Whether a phrase may start at {@code at}: every one starts a word, with a count followed by
     * "shot" or "samples", or with one of {@link #LEADING_WORDS}; so the full pattern is tried at a
     * few places instead of at every character.
     */
    private static boolean mayStartAt(String text, int at) {
        char c = text.charAt(at);
        if (at > 0) {
            char before = text.charAt(at - 1);
            if (Character.isLetterOrDigit(before) || before == '_') {
                return false;
            }
        }
        if (c >= '0' && c <= '9') {
            int end = at;
            while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                end++;
            }
            return followedBy(text, end, "shot") || followedBy(text, end, "samples");
        }
        if ("zotfsencmpZOTFSENCMP".indexOf(c) < 0) {
            return false;
        }
        for (String word : COUNT_WORDS) {
            if (text.regionMatches(true, at, word, 0, word.length()) && followedBy(text, at + word.length(), "shot")) {
                return true;
            }
        }
        for (String word : LEADING_WORDS) {
            if (text.regionMatches(true, at, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} comes at {@code from}, after any spaces and hyphens, in any case. */
    private static boolean followedBy(String text, int from, String word) {
        int at = from;
        while (at < text.length() && " \t\n\u000B\f\r-".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return text.regionMatches(true, at, word, 0, word.length());
    }

    /** The union of every setting phrase in {@code text}; {@link Setting#NONE} when there is none. */
    public static Setting parseAll(String text) {
        Setting all = Setting.NONE;
        for (Found f : find(text)) {
            all = all.orElse(f.setting());
        }
        return all;
    }

    /** "maj@0" or "pass@0" is not a setting. */
    private static boolean isZeroCount(Matcher m) {
        for (String group : new String[] {"cotn", "majn", "passn", "sampn"}) {
            String n = m.group(group);
            if (n != null && Integer.parseInt(n) == 0) {
                return true;
            }
        }
        return false;
    }

    private static Integer toInt(String count) {
        Integer word = NUMBER_WORDS.get(count);
        return word != null ? word : Integer.valueOf(count);
    }
}
