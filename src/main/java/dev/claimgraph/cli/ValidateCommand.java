package dev.claimgraph.cli;

import dev.claimgraph.ClaimGraph;
import dev.claimgraph.store.GraphReport;
import dev.claimgraph.store.ValidationSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code claimgraph validate}: the SHACL report of every stored graph. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks every named graph against the ClaimGraph SHACL shapes.",
            "Exits with 1 when some graph violates them, printing each violation."})
final class ValidateCommand extends BaseCommand {

    @Mixin
    DbOption db;

    @Override
    int run() {
        try (ClaimGraph graph = db.openExisting()) {
            ValidationSummary summary = graph.validate();
            for (GraphReport report : summary.graphs()) {
                int violations = report.report().getEntries().size();
                out().println((report.conforms() ? "ok    " : "FAIL  ") + report.graph()
                        + (report.conforms() ? "" : "  (" + violations + (violations == 1 ? " violation)" : " violations)")));
            }
            summary.messages().forEach(err()::println);
            out().println(summary.conforms()
                    ? summary.graphs().size() + " graphs conform to the shapes."
                    : summary.failures().size() + " of " + summary.graphs().size() + " graphs violate the shapes.");
            return summary.conforms() ? 0 : 1;
        }
    }
}
