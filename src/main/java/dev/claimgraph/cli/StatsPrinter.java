package dev.claimgraph.cli;

import dev.claimgraph.store.StoreStats;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Prints store counts: documents, claims by kind, models and benchmarks. */
final class StatsPrinter {

    private static final Map<String, String> KIND_NAMES = new LinkedHashMap<>();

    static {
        KIND_NAMES.put("ScoreClaim", "scores");
        KIND_NAMES.put("ParameterClaim", "parameter counts");
        KIND_NAMES.put("ContextLengthClaim", "context lengths");
        KIND_NAMES.put("DeveloperClaim", "developers");
        KIND_NAMES.put("ComparisonClaim", "comparisons");
    }

    private StatsPrinter() {}

    static void print(StoreStats stats, PrintWriter out) {
        TextTable table = new TextTable("  ");
        table.row("documents", stats.documents());
        table.row("claims", stats.claims());
        KIND_NAMES.forEach((kind, name) -> table.row("  " + name, stats.claimsByKind().getOrDefault(kind, 0L)));
        table.row("models", stats.models());
        table.row("benchmarks", stats.benchmarks());
        table.print(out);
    }
}
