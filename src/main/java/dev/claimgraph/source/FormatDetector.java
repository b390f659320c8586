package dev.claimgraph.source;

import java.util.Locale;
import java.util.regex.Pattern;

/** Chooses how to read a summary from its file name and its content. */
final class FormatDetector {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+\\S");
    private static final Pattern PIPE_SEPARATOR =
            Pattern.compile("(?m)^[ \\t]*\\|?[ \\t]*:?-{3,}:?[ \\t]*\\|");
    private static final Pattern HTML_TABLE = Pattern.compile("<table[\\s>]", Pattern.CASE_INSENSITIVE);

    private FormatDetector() {}

    static SourceFormat detect(String fileName, String text) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json") || text.stripLeading().startsWith("{")) {
            return SourceFormat.JSON;
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return SourceFormat.MARKDOWN;
        }
        // Each pattern needs its one character; most notes have none of them.
        if (text.indexOf('#') >= 0 && MARKDOWN_HEADING.matcher(text).find()
                || text.indexOf('|') >= 0 && PIPE_SEPARATOR.matcher(text).find()
                || text.indexOf('<') >= 0 && HTML_TABLE.matcher(text).find()) {
            return SourceFormat.MARKDOWN;
        }
        return SourceFormat.NOTES;
    }
}
