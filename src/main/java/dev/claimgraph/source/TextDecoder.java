package dev.claimgraph.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a summary file's bytes as strict UTF-8 and refuses what is not text. */
final class TextDecoder {

    private static final double MAX_CONTROL_SHARE = 0.3;

    private TextDecoder() {}

    static String decode(String name, byte[] bytes, long limit) throws SourceException {
        if (bytes.length > limit) {
            throw tooLarge(name, bytes.length, limit);
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new SourceException(name, 0, "UTF-16 text is not supported, save the file as UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new SourceException(name, lineAt(bytes, i), "binary file (NUL byte at byte " + i + ")");
            }
        }
        int skip = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length - skip + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new SourceException(name, lineAt(bytes, at), "invalid UTF-8 at byte " + at);
        }
        out.flip();
        String text = out.toString();
        return checkText(name, text);
    }

    /** Refuses text that is empty or mostly control characters. */
    static String checkText(String name, String text) throws SourceException {
        if (text.isBlank()) {
            throw new SourceException(name, 0, "empty file");
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new SourceException(name, 0, "binary file (NUL character at char " + i + ")");
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) {
                control++;
            }
        }
        if (control > MAX_CONTROL_SHARE * text.length()) {
            throw new SourceException(name, 0, "binary file (mostly control characters)");
        }
        return text;
    }

    static SourceException tooLarge(String name, long size, long limit) {
        return new SourceException(name, 0, "file too large (" + size + " bytes, limit " + limit + ")");
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
