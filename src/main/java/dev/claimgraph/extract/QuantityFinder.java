package dev.claimgraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds parameter counts ("1.8B params", "7 billion", "141B total with 39B active") and context lengths. */
final class QuantityFinder {

    private static final String NUM = "(\\d+(?:[.,]\\d+)?)";
    private static final String SCALE = "(B|M|T|billion|million|trillion|bn)";
    private static final String PARAMS = "(?:total\\s+)?(?:parameters?|params?)\\b";

    /** "1.8B params", "7.3B-parameter", "7 billion parameters", "7-billion-parameter". */
    private static final Pattern PARAMETER_COUNT = Pattern.compile(
            "(?<![\\w.])" + NUM + "\\s?-?\\s?" + SCALE + "\\s?-?\\s?" + PARAMS, Pattern.CASE_INSENSITIVE);

    /** "141B total with 39B active", "47B parameters but only 13B are active". */
    private static final Pattern TOTAL_AND_ACTIVE = Pattern.compile(
            "(?<![\\w.])" + NUM + "\\s?" + SCALE + "\\s+(?:total|parameters?|params)(?:\\s+parameters?)?"
                    + "[^.;]{0,40}?(?<![\\w.])" + NUM + "\\s?" + SCALE + "\\s+(?:are\\s+|is\\s+)?active",
            Pattern.CASE_INSENSITIVE);

    /** A range of sizes, which describes a family rather than one model. */
    private static final Pattern RANGE = Pattern.compile(
            "(?:from|between)\\s+" + NUM + "\\s?-?\\s?" + SCALE + "?\\s+(?:to|and)\\s*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern CONTEXT = Pattern.compile(
            "(?<![\\w.])" + NUM + "\\s?([kKmM])?(?:\\s?-?\\s?tokens?)?\\s?-?\\s?context(?:\\s+(?:window|length|size))?"
                    + "|context(?:\\s+(?:window|length|size))?[^.;\\d]{0,40}?(?:of|to|is|:|at)\\s+(?:about\\s+)?"
                    + NUM + "\\s?([kKmM])?(?:\\s?-?\\s?tokens?)?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern RANGE_AFTER = Pattern.compile("\\s*(?:to|-|–)\\s");

    private QuantityFinder() {}

    /** Every parameter count and context length in {@code text}. */
    static List<QuantityMention> find(String text) {
        List<QuantityMention> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean counts = lower.contains("param") || lower.contains("active");
        boolean contexts = lower.contains("context");
        if (!counts && !contexts) {
            return found; // most blocks state neither; skip the searches
        }
        Matcher ta = TOTAL_AND_ACTIVE.matcher(counts ? text : "");
        while (ta.find()) {
            long total = count(ta.group(1), ta.group(2));
            long active = count(ta.group(3), ta.group(4));
            found.add(new QuantityMention(QuantityMention.Kind.PARAMETERS, ta.start(), ta.end(), total, active,
                    ta.group()));
        }
        Matcher p = PARAMETER_COUNT.matcher(counts ? text : "");
        while (p.find()) {
            if (overlaps(found, p.start(), p.end()) || RANGE.matcher(text.substring(Math.max(0, p.start() - 30),
                    p.start())).find() || isRangeStart(text, p.end())) {
                continue;
            }
            boolean active = text.substring(Math.max(0, p.start() - 10), p.start()).toLowerCase(Locale.ROOT)
                    .contains("active") || p.group().toLowerCase(Locale.ROOT).contains("active");
            found.add(new QuantityMention(active ? QuantityMention.Kind.ACTIVE_PARAMETERS
                    : QuantityMention.Kind.PARAMETERS, p.start(), p.end(), count(p.group(1), p.group(2)), null,
                    p.group()));
        }
        Matcher c = CONTEXT.matcher(contexts ? text : "");
        while (c.find()) {
            String number = c.group(1) != null ? c.group(1) : c.group(3);
            String unit = c.group(1) != null ? c.group(2) : c.group(4);
            long tokens = tokens(number, unit);
            if (tokens >= 256) {
                found.add(new QuantityMention(QuantityMention.Kind.CONTEXT_LENGTH, c.start(), c.end(), tokens, null,
                        c.group()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(QuantityMention::start));
        return found;
    }

    private static boolean isRangeStart(String text, int end) {
        return Regions.startsWith(RANGE_AFTER, text, end);
    }

    private static boolean overlaps(List<QuantityMention> found, int start, int end) {
        return found.stream().anyMatch(q -> q.start() < end && start < q.end());
    }

    /** A count such as ("1.8", "B") as a plain number. */
    static long count(String number, String scale) {
        BigDecimal n = new BigDecimal(number.replace(",", "."));
        long factor = switch (scale.toLowerCase(Locale.ROOT)) {
            case "m", "million" -> 1_000_000L;
            case "t", "trillion" -> 1_000_000_000_000L;
            default -> 1_000_000_000L;
        };
        return n.multiply(BigDecimal.valueOf(factor)).longValue();
    }

    private static long tokens(String number, String unit) {
        BigDecimal n = new BigDecimal(number.replace(",", ""));
        if (unit == null) {
            return n.longValue();
        }
        long factor = unit.equalsIgnoreCase("k") ? 1024L : 1024L * 1024L;
        return n.multiply(BigDecimal.valueOf(factor)).longValue();
    }
}
