package dev.claimgraph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns segments into trimmed metadata fields, splitting author and affiliation lists. */
final class MetadataFields {

    private static final Pattern AUTHOR_SEPARATOR =
            Pattern.compile("[,;\\n，；、&]|(?<![\\p{L}\\p{N}])and(?![\\p{L}\\p{N}])");
    private static final Pattern AFFILIATION_SEPARATOR = Pattern.compile("[,;\\n，；、]");
    private static final Pattern ET_AL =
            Pattern.compile("(?:(?<![\\p{L}])(?:et\\.?\\s*al\\.?|and others|others)|等人?)$",
                    Pattern.CASE_INSENSITIVE);
    private static final String EDGE_PUNCTUATION = ".,;:，；、。\"'“”*_";

    private MetadataFields() {}

    /** The whole segment as one field, trimmed of blanks and edge punctuation; empty if nothing is left. */
    static Optional<MetadataField> whole(Segment segment) {
        return field(segment.text(), segment.start(), 0, segment.text().length(), false);
    }

    /** The segment trimmed of blanks only (a title may end in a full stop or a question mark). */
    static Optional<MetadataField> title(Segment segment) {
        return field(segment.text(), segment.start(), 0, segment.text().length(), true);
    }

    static List<MetadataField> authors(Segment segment) {
        return split(segment, AUTHOR_SEPARATOR, true);
    }

    static List<MetadataField> affiliations(Segment segment) {
        return split(segment, AFFILIATION_SEPARATOR, false);
    }

    private static List<MetadataField> split(Segment segment, Pattern separator, boolean dropEtAl) {
        String text = segment.text();
        List<MetadataField> fields = new ArrayList<>();
        Matcher m = separator.matcher(text);
        int from = 0;
        while (from <= text.length()) {
            boolean found = m.find(from) && m.end() > m.start();
            int to = found ? m.start() : text.length();
            int end = to;
            if (dropEtAl) {
                end = withoutEtAl(text, from, to);
            }
            field(text, segment.start(), from, end, false).ifPresent(fields::add);
            if (!found) {
                break;
            }
            from = m.end();
        }
        return fields;
    }

    private static int withoutEtAl(String text, int from, int to) {
        int end = to;
        while (end > from && Lines.isBlank(text.charAt(end - 1))) {
            end--;
        }
        Matcher m = ET_AL.matcher(text).region(from, end);
        return m.find() ? m.start() : to;
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

    private static Optional<MetadataField> field(String text, int base, int from, int to, boolean keepEnd) {
        int s = from;
        int e = to;
        while (s < e && (Character.isWhitespace(text.charAt(s)) || Lines.isBlank(text.charAt(s))
                || EDGE_PUNCTUATION.indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || Lines.isBlank(text.charAt(e - 1))
                || (!keepEnd && EDGE_PUNCTUATION.indexOf(text.charAt(e - 1)) >= 0 && !endsWithInitial(text, s, e)))) {
            e--;
        }
        if (s >= e) {
            return Optional.empty();
        }
        String value = SPACES.matcher(text.substring(s, e).strip()).replaceAll(" ");
        return Optional.of(new MetadataField(value, base + s, base + e));
    }

    // "Albert Q." or "Inc." keeps its full stop.
    private static boolean endsWithInitial(String text, int s, int e) {
        if (text.charAt(e - 1) != '.' || e - 2 < s) {
            return false;
        }
        int w = e - 1;
        while (w > s && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, e - 1);
        return (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                || word.equals("Inc") || word.equals("Ltd") || word.equals("Co") || word.equals("Corp");
    }
}
