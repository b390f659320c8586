package dev.claimgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** Loads and parses the SPARQL files under {@code /queries/} on the classpath, once each. */
public final class QueryResources {

    private static final Map<String, Query> CACHE = new ConcurrentHashMap<>();

    private QueryResources() {}

    /** The parsed query {@code /queries/{name}.rq}; callers get a copy they may change. */
    public static Query load(String name) {
        return CACHE.computeIfAbsent(name, QueryResources::parse).cloneQuery();
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
