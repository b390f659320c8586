package dev.claimgraph.reliability;

import dev.claimgraph.cli.ClaimGraphCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** One in-process run of the command line the jar's main method builds, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        CommandLine cli = ClaimGraphCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun of(List<String> args) {
        return of(args.toArray(String[]::new));
    }

    /** The lines on stderr, without the progress lines of ingest. */
    List<String> errors() {
        return err.lines().filter(l -> !l.startsWith("ingest: ")).toList();
    }
}
