package dev.claimgraph.cli;

import dev.claimgraph.ClaimGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code claimgraph stats}: counts of what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints the number of documents, claims by kind, models and benchmarks in the store.")
final class StatsCommand extends BaseCommand {

    @Mixin
    DbOption db;

    @Override
    int run() {
        try (ClaimGraph graph = db.openExisting()) {
            StatsPrinter.print(graph.stats(), out());
        }
        return 0;
    }
}
