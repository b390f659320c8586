package dev.claimgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/** Loads and parses the SPARQL files under {@code /queries/} on the classpath, once each. */
public final class QueryResources {

    private static final Map<String, Query> CACHE = new ConcurrentHashMap<>();

    private QueryResources() {}

    /** The parsed query {@code /queries/{name}.rq}; callers get a copy they may change. */
    public static Query load(String name) {
        return CACHE.computeIfAbsent(name, QueryResources::parse).cloneQuery();
    }

    /**
     * The query {@code /queries/{name}.rq} for the given values of one variable, which are put in
     * a VALUES block at the start of the pattern: the store then looks each value up through its
     * indexes instead of scanning every match and joining afterwards.
     */
    public static Query load(String name, String var, Collection<Node> values) {
        Query query = load(name);
        ElementData data = new ElementData();
        Var v = Var.alloc(var);
        data.add(v);
        values.forEach(value -> data.add(BindingFactory.binding(v, value)));
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(data);
        ((ElementGroup) query.getQueryPattern()).getElements().forEach(pattern::addElement);
        query.setQueryPattern(pattern);
        return query;
    }

    /** The text of {@code /queries/{name}.rq}. */
    public static String text(String name) {
        String path = "/queries/" + name + ".rq";
        try (InputStream in = QueryResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("query file " + path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("query file " + path + " is unreadable", e);
        }
    }

    private static Query parse(String name) {
        return QueryFactory.create(text(name));
    }
}
