package dev.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.apache.jena.query.QueryCancelledException;
import picocli.CommandLine;

/** Turns exceptions into the one line a user reads, with the stack trace only on request. */
final class Errors {

    private Errors() {}

    /** Prints the error and returns exit code 1. */
    static int report(PrintWriter err, Throwable e, boolean verbose) {
        err.println("claimgraph: " + message(e));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    /** One line saying what went wrong, without class names where the message says it all. */
    static String message(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return u.getMessage() != null && !u.getMessage().equals(u.getCause().toString())
                    ? u.getMessage() : message(u.getCause());
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof QueryCancelledException) {
            return "the query ran past its timeout and was cancelled";
        }
        String text = e.getMessage();
        if (text == null || text.isBlank()) {
            return e.getClass().getSimpleName();
        }
        text = text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return e instanceof IOException && !(e instanceof java.nio.file.FileSystemException)
                ? e.getClass().getSimpleName() + ": " + text : text;
    }

    /** True when --verbose was given to the command or one of its parents. */
    static boolean verbose(CommandLine cmd) {
        for (CommandLine c = cmd; c != null; c = c.getParent()) {
            CommandLine.ParseResult parsed = c.getParseResult();
            if (parsed != null && parsed.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
