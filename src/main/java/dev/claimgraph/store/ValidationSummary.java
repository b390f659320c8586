package dev.claimgraph.store;

import java.util.List;
import org.apache.jena.shacl.validation.ReportEntry;

/** The SHACL reports of every named graph in the store. */
public record ValidationSummary(List<GraphReport> graphs) {

    public ValidationSummary {
        graphs = List.copyOf(graphs);
    }

    /** True when every graph satisfies the shapes. */
    public boolean conforms() {
        return graphs.stream().allMatch(GraphReport::conforms);
    }

    /** The graphs that do not satisfy the shapes. */
    public List<GraphReport> failures() {
        return graphs.stream().filter(r -> !r.conforms()).toList();
    }

    /** One line per violation: graph, focus node, path and message. */
    public List<String> messages() {
        return failures().stream()
                .flatMap(r -> r.report().getEntries().stream().map(e -> line(r.graph(), e)))
                .toList();
    }

    private static String line(String graph, ReportEntry e) {
        return graph + ": " + e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ")
                + e.message();
    }
}
