package dev.claimgraph.store;

import dev.claimgraph.rdf.CG;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/** Parses user SPARQL with the ClaimGraph prefixes (cg:, rdfs:, prov:, oa:, ...) declared in advance. */
public final class SparqlText {

    private SparqlText() {}

    /**
     * The parsed query; a prefix the text declares itself wins over the predeclared one.
     *
     * @throws org.apache.jena.query.QueryParseException with Jena's message (line and column)
     */
    public static Query parse(String text) {
        Query query = new Query();
        query.getPrefixMapping().setNsPrefixes(CG.PREFIXES);
        return QueryFactory.parse(query, text, null, Syntax.syntaxSPARQL_11);
    }
}
