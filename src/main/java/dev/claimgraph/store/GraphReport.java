package dev.claimgraph.store;

import org.apache.jena.shacl.ValidationReport;

/** The SHACL report of one named graph. */
public record GraphReport(String graph, ValidationReport report) {

    public boolean conforms() {
        return report.conforms();
    }
}
