package dev.claimgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as lowercase hex, for content hashes and hashed IRI parts. */
public final class Hashes {

    private Hashes() {}

    /** The SHA-256 hex digest of a text's UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /**
     * The SHA-256 hex digest of several fields, each prefixed by its length so that no two
     * different field lists give the same input; a null field differs from every string.
     */
    public static String sha256Fields(String... fields) {
        StringBuilder joined = new StringBuilder();
        for (String field : fields) {
            if (field == null) {
                joined.append("-1:");
            } else {
                joined.append(field.length()).append(':').append(field);
            }
        }
        return sha256(joined.toString());
    }
}
