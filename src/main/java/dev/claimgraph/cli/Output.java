package dev.claimgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.commons.io.output.WriterOutputStream;

/** Byte output for RDF and result writers: a file, or the command's stdout writer as UTF-8. */
final class Output {

    private Output() {}

    /**
     * A stream to the file, or to stdout when file is null; closing it flushes stdout without
     * closing it.
     */
    static OutputStream open(Path file, PrintWriter out) throws IOException {
        if (file != null) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return new java.io.BufferedOutputStream(Files.newOutputStream(file));
        }
        // Through the command's writer, so that tests and embedding code capture it like any text.
        return CloseShieldOutputStream.wrap(stdout(out));
    }

    private static OutputStream stdout(PrintWriter out) {
        try {
            return WriterOutputStream.builder().setWriter(out).setCharset(StandardCharsets.UTF_8)
                    .setWriteImmediately(false).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
