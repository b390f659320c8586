package dev.claimgraph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain-text reading notes: metadata headings on their own line ("Paper Title", "Authors",
 * "作者", ...) followed by their values, numbered or bulleted takeaways, an abstract and a
 * numbered section outline.
 */
public final class NotesReader implements SummaryReader {

    private static final Pattern ITEM =
            Pattern.compile("(?:\\d{1,3}[.)、]|[(（]\\d{1,3}[)）]|[-*•·◦▪‣+–])[ \\t\\u00A0\\u3000]+");
    private static final Pattern OUTLINE = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})*\\.?[ \\t]+");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.,;:!?%。，；：！？]");
    private static final int MAX_OUTLINE_LENGTH = 60;

    @Override
    public Document read(String name, String text) {
        BlockBuilder blocks = new BlockBuilder();
        String section = "";
        MetaRole role = null;
        boolean abstractSeen = false;
        boolean blankBefore = false;
        for (Line line : Lines.split(text)) {
            if (line.blank()) {
                blocks.endParagraph();
                blankBefore = true;
                continue;
            }
            int cs = line.contentStart();
            int ce = line.contentEnd();
            String content = text.substring(cs, ce);
            MetaRole heading = headingRole(content);
            if (heading != null) {
                section = plainHeading(content);
                blocks.heading(cs, ce, section, heading);
                role = heading;
                abstractSeen |= heading == MetaRole.ABSTRACT;
            } else if (inlineField(text, line, content, blocks)) {
                section = plainHeading(content.substring(0, keyEnd(content)));
                MetaRole inline = headingRole(section);
                role = inline == MetaRole.TAKEAWAYS || inline == MetaRole.ABSTRACT ? inline : null;
                abstractSeen |= inline == MetaRole.ABSTRACT;
            } else if (isOutlineHeading(text, line, content, role, abstractSeen)) {
                section = new Segment(cs, content).plain();
                blocks.heading(cs, ce, section, null);
                role = null;
            } else {
                Matcher item = ITEM.matcher(text).region(cs, ce);
                BlockBuilder.Pending open = blocks.openItem();
                if (item.lookingAt() && item.end() < ce) {
                    int column = line.indent() + (item.end() - cs);
                    blocks.item(item.end(), ce, section, role, line.indent(), column);
                } else if (open != null
                        && (blankBefore ? line.indent() >= open.contentColumn : line.indent() > open.markerIndent)) {
                    open.end = ce;
                } else {
                    if (blankBefore) {
                        blocks.endParagraph();
                    }
                    blocks.paragraphLine(cs, ce, section, role);
                }
            }
            blankBefore = false;
        }
        List<Block> built = blocks.build((s, e) -> new Segment(s, text.substring(s, e)));
        return new Document(name, SourceFormat.NOTES, text, metadata(text, blocks.pending()),
                built, List.of());
    }

    private static MetaRole headingRole(String content) {
        MetaRole role = MetaRole.of(content);
        return role == MetaRole.SOURCE ? null : role;
    }

    private static String plainHeading(String content) {
        String s = content.strip();
        while (s.endsWith(":") || s.endsWith("：")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return Whitespace.collapse(s);
    }

    private static int keyEnd(String content) {
        int limit = Math.min(content.length(), 24);
        for (int i = 1; i < limit; i++) {
            char c = content.charAt(i);
            if (c == ':' || c == '：') {
                return i;
            }
        }
        return -1;
    }

    /** "Title: GEMINI" on one line: a heading for the key and a paragraph for the value. */
    private static boolean inlineField(String text, Line line, String content, BlockBuilder blocks) {
        int colon = keyEnd(content);
        if (colon < 0) {
            return false;
        }
        MetaRole role = headingRole(content.substring(0, colon));
        if (role == null) {
            return false;
        }
        int cs = line.contentStart();
        int vs = cs + colon + 1;
        while (vs < line.contentEnd() && Lines.isBlank(text.charAt(vs))) {
            vs++;
        }
        if (vs >= line.contentEnd()) {
            return false;
        }
        String key = plainHeading(content.substring(0, colon));
        blocks.heading(cs, cs + colon, key, role);
        blocks.standaloneParagraph(vs, line.contentEnd(), key, role);
        return true;
    }

    private static boolean isOutlineHeading(String text, Line line, String content, MetaRole role,
            boolean abstractSeen) {
        if (content.length() > MAX_OUTLINE_LENGTH || line.indent() > 1) {
            return false;
        }
        if (!abstractSeen && (role == MetaRole.TAKEAWAYS || role == MetaRole.AUTHORS
                || role == MetaRole.AFFILIATIONS)) {
            return false;
        }
        Matcher m = OUTLINE.matcher(content);
        if (!m.lookingAt() || m.end() >= content.length()) {
            return false;
        }
        String title = content.substring(m.end());
        return !SENTENCE_PUNCTUATION.matcher(title).find() && title.split("\\s+").length <= 8
                && Character.isLetter(title.codePointAt(0));
    }

    /** Reads the value blocks under each metadata heading; the first heading of a kind wins. */
    private static PaperMetadata metadata(String text, List<BlockBuilder.Pending> blocks) {
        MetadataBuilder meta = new MetadataBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            BlockBuilder.Pending heading = blocks.get(i);
            if (heading.kind != BlockKind.HEADING || heading.role == null) {
                continue;
            }
            List<BlockBuilder.Pending> values = new ArrayList<>();
            for (int j = i + 1; j < blocks.size() && blocks.get(j).kind != BlockKind.HEADING; j++) {
                values.add(blocks.get(j));
            }
            if (values.isEmpty()) {
                continue;
            }
            switch (heading.role) {
                case TITLE -> {
                    int start = values.get(0).start;
                    int end = values.get(values.size() - 1).end;
                    meta.title(MetadataFields.title(new Segment(start, text.substring(start, end))),
                            MetadataBuilder.EXPLICIT);
                }
                case DATE -> meta.date(MetadataFields.whole(segment(text, values.get(0))), MetadataBuilder.EXPLICIT);
                case AUTHORS -> meta.authors(split(text, values, true), MetadataBuilder.EXPLICIT);
                case AFFILIATIONS -> meta.affiliations(split(text, values, false), MetadataBuilder.EXPLICIT);
                default -> { }
            }
        }
        return meta.build();
    }

    private static List<MetadataField> split(String text, List<BlockBuilder.Pending> values, boolean authors) {
        List<MetadataField> fields = new ArrayList<>();
        for (BlockBuilder.Pending value : values) {
            Segment s = segment(text, value);
            fields.addAll(authors ? MetadataFields.authors(s) : MetadataFields.affiliations(s));
        }
        return fields;
    }

    private static Segment segment(String text, BlockBuilder.Pending p) {
        return new Segment(p.start, text.substring(p.start, p.end));
    }
}
