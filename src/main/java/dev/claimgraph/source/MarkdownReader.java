package dev.claimgraph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown notes: headings, metadata bullets ({@code - **Authors:** ...}), a
 * {@code Source: *Title*, ...} line, nested lists, paragraphs, pipe tables and pasted HTML tables.
 */
public final class MarkdownReader implements SummaryReader {

    private static final Pattern ITEM = Pattern.compile("(?:\\d{1,3}[.)]|[-*+•·◦▪‣])[ \\t\\u00A0]+");
    private static final Pattern HEADING = Pattern.compile("(#{1,6})(?:[ \\t]+|$)");
    private static final Pattern TITLE_SUFFIX = Pattern.compile(
            "\\s+[-–—:|]\\s+(?:my\\s+)?(?:reading\\s+)?(?:notes|summary|review)\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_KEY_LENGTH = 40;

    /** A line that states a metadata key, read once the whole text is masked. */
    private record MetadataLine(MetaRole role, int valueStart, int valueEnd) {}

    @Override
    public Document read(String name, String text) {
        char[] buf = text.toCharArray();
        List<Line> lines = Lines.split(text);
        BlockBuilder blocks = new BlockBuilder();
        List<Table> tables = new ArrayList<>();
        List<MetadataLine> metadataLines = new ArrayList<>();
        String section = "";
        int[] firstTitleHeading = null;
        String fence = null;
        boolean blankBefore = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int cs = line.contentStart();
            int ce = line.contentEnd();
            String content = text.substring(cs, ce);
            if (fence != null) {
                if (content.startsWith(fence)) {
                    fence = null;
                    blocks.endParagraph();
                } else if (!line.blank()) {
                    blocks.paragraphLine(cs, ce, section, null);
                }
                continue;
            }
            if (line.blank()) {
                blocks.endParagraph();
                blankBefore = true;
                continue;
            }
            if (content.startsWith("```") || content.startsWith("~~~")) {
                fence = content.substring(0, 3);
                blocks.closeList();
                blocks.endParagraph();
                blankBefore = false;
                continue;
            }
            if (content.regionMatches(true, 0, "<table", 0, 6)
                    && (content.length() == 6 || content.charAt(6) == '>' || Character.isWhitespace(content.charAt(6)))) {
                int end = HtmlTableParser.end(text, cs);
                int last = end < 0 ? lastLineBeforeBlank(lines, i) : lineContaining(lines, i, end - 1);
                int tableEnd = end < 0 ? lines.get(last).contentEnd() : end;
                tables.add(HtmlTableParser.parse(text, buf, cs, tableEnd, section));
                blocks.closeList();
                blocks.endParagraph();
                i = last;
                blankBefore = false;
                continue;
            }
            if (PipeTableParser.hasPipe(text, line) && startsPipeTable(text, lines, i, content)) {
                int last = i;
                while (last + 1 < lines.size() && !lines.get(last + 1).blank()
                        && PipeTableParser.hasPipe(text, lines.get(last + 1))) {
                    last++;
                }
                tables.add(PipeTableParser.parse(text, buf, lines.subList(i, last + 1), section));
                blocks.closeList();
                blocks.endParagraph();
                i = last;
                blankBefore = false;
                continue;
            }
            Matcher heading = HEADING.matcher(content);
            if (line.indent() <= 3 && heading.lookingAt()) {
                int hs = cs + heading.end();
                int he = headingEnd(text, hs, ce);
                InlineMasker.mask(buf, hs, he);
                Segment title = HtmlTableParser.trimmed(buf, hs, he);
                section = title.plain();
                blocks.heading(title.start(), title.end(), section, MetaRole.of(section));
                if (firstTitleHeading == null && heading.group(1).length() == 1 && title.end() > title.start()) {
                    firstTitleHeading = new int[] {title.start(), title.end()};
                }
                blankBefore = false;
                continue;
            }
            if (isRule(content)) {
                blocks.closeList();
                blocks.endParagraph();
                blankBefore = false;
                continue;
            }
            int quoteEnd = maskQuoteMarkers(buf, cs, ce);
            InlineMasker.mask(buf, quoteEnd, ce);
            Matcher item = ITEM.matcher(text).region(quoteEnd, ce);
            BlockBuilder.Pending open = blocks.openItem();
            if (item.lookingAt() && item.end() < ce) {
                int indent = line.indent() + (quoteEnd - cs);
                blocks.item(item.end(), ce, section, null, indent, indent + item.end() - quoteEnd);
                metadataLine(buf, item.end(), ce).ifPresent(metadataLines::add);
            } else if (open != null && (!blankBefore || line.indent() >= open.contentColumn)) {
                open.end = ce;
            } else {
                if (blankBefore) {
                    blocks.endParagraph();
                }
                blocks.paragraphLine(quoteEnd, ce, section, null);
                metadataLine(buf, quoteEnd, ce).ifPresent(metadataLines::add);
            }
            blankBefore = false;
        }
        String masked = new String(buf);
        MetadataBuilder meta = new MetadataBuilder();
        for (MetadataLine m : metadataLines) {
            read(m, text, masked, meta);
        }
        if (firstTitleHeading != null) {
            titleFromHeading(masked, firstTitleHeading[0], firstTitleHeading[1], meta);
        }
        List<Block> built = blocks.build((s, e) -> new Segment(s, masked.substring(s, e)));
        return new Document(name, SourceFormat.MARKDOWN, text, meta.build(), built, tables);
    }

    private static boolean startsPipeTable(String text, List<Line> lines, int i, String content) {
        if (PipeTableParser.isSeparator(content)) {
            return false;
        }
        if (i + 1 < lines.size()) {
            Line next = lines.get(i + 1);
            if (PipeTableParser.isSeparator(text.substring(next.contentStart(), next.contentEnd()))) {
                return true;
            }
        }
        return content.startsWith("|") && content.endsWith("|") && content.length() > 1;
    }

    // "## Results ##": the closing hashes are not part of the heading.
    private static int headingEnd(String text, int hs, int ce) {
        int e = ce;
        while (e > hs && text.charAt(e - 1) == '#') {
            e--;
        }
        if (e == hs || (e < ce && Lines.isBlank(text.charAt(e - 1)))) {
            return e;
        }
        return ce;
    }

    /** A thematic break: three or more of one of {@code * - _}, blanks allowed between. */
    private static boolean isRule(String content) {
        char mark = content.charAt(0);
        if (mark != '*' && mark != '-' && mark != '_') {
            return false;
        }
        int count = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == mark) {
                count++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return count >= 3;
    }

    private static int maskQuoteMarkers(char[] buf, int cs, int ce) {
        int i = cs;
        while (i < ce && buf[i] == '>') {
            buf[i++] = ' ';
            while (i < ce && buf[i] == ' ') {
                i++;
            }
        }
        return i;
    }

    private static int lastLineBeforeBlank(List<Line> lines, int i) {
        int last = i;
        while (last + 1 < lines.size() && !lines.get(last + 1).blank()) {
            last++;
        }
        return last;
    }

    private static int lineContaining(List<Line> lines, int i, int offset) {
        int last = i;
        while (last + 1 < lines.size() && lines.get(last + 1).start() <= offset) {
            last++;
        }
        return last;
    }

    private static java.util.Optional<MetadataLine> metadataLine(char[] buf, int from, int to) {
        int limit = Math.min(to, from + MAX_KEY_LENGTH);
        for (int i = from; i < limit; i++) {
            char c = buf[i];
            if (c == ':' || c == '：') {
                MetaRole role = MetaRole.of(new String(buf, from, i - from));
                if (role == null || role == MetaRole.TAKEAWAYS || role == MetaRole.ABSTRACT) {
                    return java.util.Optional.empty();
                }
                return java.util.Optional.of(new MetadataLine(role, i + 1, to));
            }
        }
        return java.util.Optional.empty();
    }

    private static void read(MetadataLine m, String text, String masked, MetadataBuilder meta) {
        Segment value = new Segment(m.valueStart(), masked.substring(m.valueStart(), m.valueEnd()));
        switch (m.role()) {
            case TITLE -> meta.title(MetadataFields.title(value), MetadataBuilder.EXPLICIT);
            case AUTHORS -> meta.authors(MetadataFields.authors(value), MetadataBuilder.EXPLICIT);
            case AFFILIATIONS -> meta.affiliations(MetadataFields.affiliations(value), MetadataBuilder.EXPLICIT);
            case DATE -> meta.date(MetadataFields.whole(value), MetadataBuilder.EXPLICIT);
            case SOURCE -> SourceLineParser.parse(text, masked, m.valueStart(), m.valueEnd(), meta);
            default -> { }
        }
    }

    /**
     * The first top-level heading names the paper when nothing better does: "Mixtral of Experts —
     * reading notes" gives "Mixtral of Experts"; "Gemini: text benchmarks" gives "Gemini", weakly.
     */
    private static void titleFromHeading(String masked, int start, int end, MetadataBuilder meta) {
        String heading = masked.substring(start, end);
        int cut = firstOf(heading, " — ", " – ", " -- ");
        Matcher suffix = TITLE_SUFFIX.matcher(heading);
        if (suffix.find() && (cut < 0 || suffix.start() < cut)) {
            cut = suffix.start();
        }
        if (cut >= 0) {
            meta.title(MetadataFields.title(new Segment(start, heading.substring(0, cut))), MetadataBuilder.HEADING);
            return;
        }
        int colon = heading.indexOf(':');
        String lower = heading.toLowerCase(Locale.ROOT);
        if (colon > 0) {
            meta.title(MetadataFields.title(new Segment(start, heading.substring(0, colon))), MetadataBuilder.GUESS);
        } else if (!lower.isBlank()) {
            meta.title(MetadataFields.title(new Segment(start, heading)), MetadataBuilder.HEADING);
        }
    }

    private static int firstOf(String s, String... needles) {
        int best = -1;
        for (String n : needles) {
            int i = s.indexOf(n);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
