package dev.claimgraph.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads dates as summaries write them ("Dec 8th, 2023", "2023年7月18日") into ISO 8601. */
public final class DateNormaliser {

    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern NUMERIC =
            Pattern.compile("(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern CJK =
            Pattern.compile("(?<!\\d)(\\d{4})\\s?年\\s?(\\d{1,2})\\s?月(?:\\s?(\\d{1,2})\\s?[日号])?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![a-z])" + MONTH + "\\.?\\s{1,3}(\\d{1,2})" + ORDINAL + ",?\\s{1,3}(\\d{4})(?!\\d)",
            FLAGS);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})" + ORDINAL + "\\s{1,3}(?:of\\s{1,3})?" + MONTH + "\\.?,?\\s{1,3}(\\d{4})(?!\\d)",
            FLAGS);
    private static final Pattern MONTH_YEAR =
            Pattern.compile("(?<![a-z])" + MONTH + "\\.?,?\\s{1,3}(\\d{4})(?!\\d)", FLAGS);
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<!\\d)(\\d{4})[-/](\\d{1,2})(?![\\d/-])");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private static final List<String> MONTH_PREFIXES =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private DateNormaliser() {}

    /**
     * The ISO form of a text that is a date and nothing else (surrounding blanks, brackets and a
     * final full stop allowed), or null.
     */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String s = trim(text);
        if (s.isEmpty() || s.length() > 40) {
            return null;
        }
        return read(s, true);
    }

    /** The ISO form of the first date written inside a longer text, or null. */
    public static String findIn(String text) {
        return text == null ? null : read(text, false);
    }

    private static String read(String s, boolean whole) {
        Matcher m = match(NUMERIC, s, whole);
        if (m != null) {
            return day(m.group(1), m.group(3), m.group(4));
        }
        m = match(CJK, s, whole);
        if (m != null) {
            return m.group(3) == null ? month(m.group(1), m.group(2)) : day(m.group(1), m.group(2), m.group(3));
        }
        m = match(MONTH_DAY_YEAR, s, whole);
        if (m != null) {
            return day(m.group(3), monthNumber(m.group(1)), m.group(2));
        }
        m = match(DAY_MONTH_YEAR, s, whole);
        if (m != null) {
            return day(m.group(3), monthNumber(m.group(2)), m.group(1));
        }
        m = match(MONTH_YEAR, s, whole);
        if (m != null) {
            return month(m.group(2), monthNumber(m.group(1)));
        }
        m = match(YEAR_MONTH, s, whole);
        if (m != null) {
            return month(m.group(1), m.group(2));
        }
        m = match(YEAR, s, whole);
        if (m != null) {
            return m.group(1);
        }
        return null;
    }

    private static Matcher match(Pattern p, String s, boolean whole) {
        Matcher m = p.matcher(s);
        return (whole ? m.matches() : m.find()) ? m : null;
    }

    private static String trim(String text) {
        String s = text.strip();
        while (!s.isEmpty() && "([（【\"'".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1).strip();
        }
        while (!s.isEmpty() && ".,;)]）】\"'。".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static String monthNumber(String name) {
        return Integer.toString(MONTH_PREFIXES.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1);
    }

    private static String day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String month(String year, String month) {
        int m = Integer.parseInt(month);
        return m >= 1 && m <= 12 ? year + (m < 10 ? "-0" : "-") + m : null;
    }
}
