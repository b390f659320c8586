package dev.claimgraph.cli;

import dev.claimgraph.extract.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of the build (from the jar's Maven metadata) and of the extraction rules. */
public final class VersionProvider implements IVersionProvider {

    private static final String POM_PROPERTIES = "/META-INF/maven/dev.claimgraph/claimgraph/pom.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"claimgraph " + buildVersion(), "extractor " + Extractor.VERSION};
    }

    /** The Maven version when running from the built jar, else "(development build)". */
    static String buildVersion() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "(unknown version)");
            }
        } catch (IOException e) {
            // Fall through: the version is informative only.
        }
        return "(development build)";
    }
}
