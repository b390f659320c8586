package dev.claimgraph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a citation line such as {@code Source: *Title*, Gemini Team, Google, December 2023.}
 * into title, authors, affiliations and date.
 */
final class SourceLineParser {

    private static final Pattern AUTHOR_GROUP =
            Pattern.compile("\\b(?:Team|et al\\.?|Authors|Contributors)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORGANISATION = Pattern.compile(
            "\\b(?:Google|Meta|OpenAI|AI|Inc|Labs?|Universit(?:y|é|at|ät)|Institute|DeepMind|Research|"
                    + "Microsoft|Anthropic|NVIDIA|Nvidia|Corp(?:oration)?|Ltd|College|Academy|Alibaba|Baidu|"
                    + "Tencent|Amazon|Apple|IBM|Salesforce|Hugging ?Face|EleutherAI|Allen|Stanford|MIT|"
                    + "Berkeley|CMU|Tsinghua|Peking|ETH|Lab|Laboratory|Foundation|Group)\\b");

    private SourceLineParser() {}

    /**
     * @param raw the document text
     * @param masked the same text with inline markup masked
     * @param from where the value after "Source:" starts
     * @param to the end of the line
     */
    static void parse(String raw, String masked, int from, int to, MetadataBuilder meta) {
        int rest = from;
        int open = firstMaskedDelimiter(raw, masked, from, to);
        if (open >= 0) {
            int titleStart = skipDelimiters(raw, masked, open, to);
            int close = firstMaskedDelimiter(raw, masked, titleStart, to);
            if (close > titleStart) {
                meta.title(MetadataFields.title(new Segment(titleStart, masked.substring(titleStart, close))),
                        MetadataBuilder.SOURCE_LINE);
                rest = skipDelimiters(raw, masked, close, to);
            }
        }
        List<Segment> parts = commaParts(masked, rest, to);
        if (rest == from && !parts.isEmpty()) {
            meta.title(MetadataFields.title(parts.remove(0)), MetadataBuilder.SOURCE_LINE);
        }
        List<MetadataField> authors = new ArrayList<>();
        List<MetadataField> affiliations = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Segment part = parts.get(i);
            if (i + 1 < parts.size()) {
                // "Dec 8, 2023" has a comma of its own.
                Segment joined = new Segment(part.start(), masked.substring(part.start(), parts.get(i + 1).end()));
                if (DateNormaliser.normalise(joined.text()) != null) {
                    meta.date(MetadataFields.whole(joined), MetadataBuilder.SOURCE_LINE);
                    i++;
                    continue;
                }
            }
            var field = MetadataFields.whole(part);
            if (field.isEmpty()) {
                continue;
            }
            String value = field.get().value();
            if (DateNormaliser.normalise(value) != null) {
                meta.date(field, MetadataBuilder.SOURCE_LINE);
            } else if (AUTHOR_GROUP.matcher(value).find()) {
                authors.addAll(MetadataFields.authors(part));
            } else if (ORGANISATION.matcher(value).find()) {
                affiliations.add(field.get());
            } else {
                authors.addAll(MetadataFields.authors(part));
            }
        }
        meta.authors(authors, MetadataBuilder.SOURCE_LINE);
        meta.affiliations(affiliations, MetadataBuilder.SOURCE_LINE);
    }

    private static int firstMaskedDelimiter(String raw, String masked, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if ((c == '*' || c == '_') && masked.charAt(i) == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static int skipDelimiters(String raw, String masked, int i, int to) {
        int j = i;
        while (j < to && (raw.charAt(j) == '*' || raw.charAt(j) == '_') && masked.charAt(j) == ' ') {
            j++;
        }
        return j;
    }

    private static List<Segment> commaParts(String masked, int from, int to) {
        List<Segment> parts = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || masked.charAt(i) == ',' || masked.charAt(i) == ';') {
                if (!masked.substring(start, i).isBlank()) {
                    parts.add(new Segment(start, masked.substring(start, i)));
                }
                start = i + 1;
            }
        }
        return parts;
    }
}
