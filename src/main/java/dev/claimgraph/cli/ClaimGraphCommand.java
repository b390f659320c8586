package dev.claimgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code claimgraph} command: turns ML paper summaries into an RDF knowledge graph and queries it. */
@Command(name = "claimgraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns the claims of ML paper summaries into a queryable RDF knowledge graph.",
        subcommands = {
            ExtractCommand.class, IngestCommand.class, SparqlCommand.class, ExportCommand.class,
            StatsCommand.class, ValidateCommand.class, EvalCommand.class, QueryCommand.class,
            ServeCommand.class, BenchCommand.class, CommandLine.HelpCommand.class
        },
        footer = {"", "Exit codes: 0 success, 1 some inputs failed (the rest done), 2 usage error."})
public final class ClaimGraphCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces with errors.")
    boolean verbose;

    public ClaimGraphCommand() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line as the jar runs it: one-line usage errors with a hint, and {@code @file}
     * left to the commands that read files.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ClaimGraphCommand());
        cli.setExpandAtFiles(false);
        cli.setParameterExceptionHandler(ClaimGraphCommand::usageError);
        cli.setExecutionExceptionHandler((e, cmd, parseResult) -> Errors.report(cmd.getErr(), e, Errors.verbose(cmd)));
        return cli;
    }

    @Override
    public Integer call() {
        // Without a subcommand there is nothing to do: that is a usage error.
        PrintWriter err = spec.commandLine().getErr();
        err.println("claimgraph: missing command");
        spec.commandLine().usage(err);
        return CommandLine.ExitCode.USAGE;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }
}
