package dev.claimgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/** Checks graphs against the ClaimGraph SHACL shapes bundled as {@code /ontology/shapes.ttl}. */
public final class ShapesValidator {

    /** Where the build puts {@code ontology/shapes.ttl} on the classpath. */
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";

    private static volatile Shapes shapes;

    private ShapesValidator() {}

    /** The report of one graph against the shapes. */
    public static ValidationReport validate(Graph graph) {
        return ShaclValidator.get().validate(shapes(), graph);
    }

    /** The parsed shapes, read once. */
    public static Shapes shapes() {
        Shapes loaded = shapes;
        if (loaded == null) {
            synchronized (ShapesValidator.class) {
                if (shapes == null) {
                    shapes = Shapes.parse(read());
                }
                loaded = shapes;
            }
        }
        return loaded;
    }

    private static Graph read() {
        try (InputStream in = ShapesValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SHAPES_RESOURCE + " is missing from the classpath");
            }
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(SHAPES_RESOURCE + " is unreadable", e);
        }
    }
}
