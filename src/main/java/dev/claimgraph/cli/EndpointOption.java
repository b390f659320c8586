package dev.claimgraph.cli;

import dev.claimgraph.remote.Endpoint;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --endpoint} option and the endpoint paths below it, for a store behind SPARQL 1.1. */
final class EndpointOption {

    @Option(names = "--endpoint", required = true, paramLabel = "URL",
            description = "Use the SPARQL 1.1 dataset at URL instead of a store folder, "
                    + "e.g. http://127.0.0.1:3030/claims.")
    String url;

    @Option(names = "--query-path", paramLabel = "PATH",
            description = "The query endpoint below --endpoint, or a full URL (default: " + Endpoint.QUERY_PATH + ").")
    String queryPath;

    @Option(names = "--gsp-path", paramLabel = "PATH",
            description = "The Graph Store Protocol endpoint below --endpoint, or a full URL (default: "
                    + Endpoint.GSP_PATH + ").")
    String gspPath;

    /** The endpoint, or a usage error for a URL that is not http(s). */
    Endpoint endpoint(CommandLine cmd) {
        try {
            return new Endpoint(url, queryPath, gspPath);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, "--endpoint: " + e.getMessage());
        }
    }
}
