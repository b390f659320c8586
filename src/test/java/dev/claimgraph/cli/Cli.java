package dev.claimgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

    /** Through a plain picocli command line, as an embedding program would build it. */
    static Cli run(String... args) {
        return run(new CommandLine(new ClaimGraphCommand()), args);
    }

    /** Through the command line the jar's main method uses. */
    static Cli main(String... args) {
        return run(ClaimGraphCommand.commandLine(), args);
    }

    private static Cli run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }
}
