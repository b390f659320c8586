package dev.claimgraph.server;

import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/** Fuseki's SPARQL query operation with a server-side timeout and row cap that clients cannot raise. */
final class LimitedQueryProcessor extends SPARQL_QueryDataset {

    static final String MAX_ROWS_HEADER = "X-ClaimGraph-Max-Rows";

    private final QueryLimits limits;

    LimitedQueryProcessor(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        // Tells clients that a result of exactly this many rows may have been cut short.
        action.setResponseHeader(MAX_ROWS_HEADER, Long.toString(limits.maxRows()));
        return Pair.create(decided.getLeft(), limits.cap(decided.getRight()));
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        // The server's limit bounds every query, whatever timeout the request asks for.
        return QueryExec.newBuilder()
                .dataset(dataset)
                .query(query)
                .context(action.getContext())
                .timeout(limits.timeoutMillis(action.getRequestParameter("timeout")), TimeUnit.MILLISECONDS)
                .build();
    }
}
