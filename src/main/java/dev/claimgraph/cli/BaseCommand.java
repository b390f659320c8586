package dev.claimgraph.cli;

import dev.claimgraph.extract.ExtractionResult;
import dev.claimgraph.extract.Extractor;
import dev.claimgraph.source.SourceException;
import dev.claimgraph.source.SourceReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand that reports its failures as one line on stderr with exit code 1, however its
 * command line was built.
 */
abstract class BaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (CommandLine.ParameterException e) {
            throw e; // a usage error: picocli reports it with exit code 2
        } catch (Exception | StackOverflowError e) {
            return Errors.report(err(), e, Errors.verbose(spec.commandLine()));
        } finally {
            out().flush();
            err().flush();
        }
    }

    /** Does the work; returns the exit code. */
    abstract int run() throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error found after parsing, reported like one found by picocli. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /**
     * The claims of one summary file, or null after one line on stderr saying why the file could
     * not be read or extracted (the stack trace too with --verbose).
     */
    ExtractionResult extractOrReport(Path file, SourceReader reader, Extractor extractor) {
        try {
            return extractor.extract(reader.read(file));
        } catch (SourceException e) {
            Errors.report(err(), e, false);
        } catch (RuntimeException | StackOverflowError e) {
            Errors.report(err(), new CliException(file.getFileName() + ": cannot extract: " + Errors.message(e)),
                    Errors.verbose(spec.commandLine()));
        }
        return null;
    }
}
