package dev.claimgraph.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a summary file of any supported format (plain-text notes, Markdown, JSON) into a
 * {@link Document}, refusing files that are not UTF-8 text.
 */
public final class SourceReader {

    /** The default size limit, 8 MiB. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    private final long maxBytes;
    private final NotesReader notes = new NotesReader();
    private final MarkdownReader markdown = new MarkdownReader();
    private final JsonSummaryReader json = new JsonSummaryReader();

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes files larger than this are refused */
    public SourceReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads a file; the document is named by the file's name without folders. */
    public Document read(Path file) throws SourceException {
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new SourceException(name, 0, "is a directory, not a file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw TextDecoder.tooLarge(name, size, maxBytes);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SourceException(name, 0, "file not found: " + file, e);
        } catch (AccessDeniedException e) {
            throw new SourceException(name, 0, "permission denied: " + file, e);
        } catch (IOException e) {
            throw new SourceException(name, 0, "cannot read " + file + ": " + e, e);
        }
        return parse(name, TextDecoder.decode(name, bytes, maxBytes));
    }

    /**
     * Reads text already in memory.
     *
     * @param fileName the file's name (folders are dropped); its extension helps choose the format
     */
    public Document read(String fileName, String text) throws SourceException {
        String name = baseName(fileName);
        if (text == null) {
            throw new SourceException(name, 0, "empty file");
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.length() > maxBytes) {
            throw TextDecoder.tooLarge(name, body.length(), maxBytes);
        }
        return parse(name, TextDecoder.checkText(name, body));
    }

    private Document parse(String name, String text) throws SourceException {
        SummaryReader reader = switch (FormatDetector.detect(name, text)) {
            case JSON -> json;
            case MARKDOWN -> markdown;
            case NOTES -> notes;
        };
        return reader.read(name, text);
    }

    private static String baseName(String fileName) {
        if (fileName == null || fileName.isEmpty()) {
            return "<unnamed>";
        }
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        String name = fileName.substring(slash + 1);
        return name.isEmpty() ? fileName : name;
    }
}
