package dev.claimgraph.cli;

import java.io.PrintWriter;
import java.util.List;
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
            StatsCommand.class, ValidateCommand.class, EvalCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Exit codes: 0 success, 1 some inputs failed (the rest done), 2 usage error."})
public final class ClaimGraphCommand implements Callable<Integer> {

    /** Commands built on other branches, registered when they are on the class path. */
    private static final List<String> OPTIONAL_COMMANDS = List.of(
            "dev.claimgraph.cli.QueryCommand", "dev.claimgraph.cli.ServeCommand", "dev.claimgraph.cli.BenchCommand");

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
     * The command line as the jar runs it: one-line usage errors with a hint, {@code @file}
     * left to the commands that read files, and the optional commands that are present.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ClaimGraphCommand());
        cli.setExpandAtFiles(false);
        cli.setParameterExceptionHandler(ClaimGraphCommand::usageError);
        cli.setExecutionExceptionHandler((e, cmd, parseResult) -> Errors.report(cmd.getErr(), e, Errors.verbose(cmd)));
        for (String name : OPTIONAL_COMMANDS) {
            addIfPresent(cli, name);
        }
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

    private static void addIfPresent(CommandLine cli, String className) {
        try {
            Class<?> type = Class.forName(className);
            Object command = type.getConstructor().newInstance();
            String name = type.getAnnotation(Command.class).name();
            if (!cli.getSubcommands().containsKey(name)) {
                cli.addSubcommand(name, command);
            }
        } catch (ClassNotFoundException e) {
            // Not built into this jar.
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create command " + className, e);
        }
    }
}
