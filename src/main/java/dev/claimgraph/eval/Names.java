package dev.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Case- and punctuation-insensitive name matching, with gold lists of acceptable names. */
final class Names {

    private Names() {}

    /** Lower case, with everything but ASCII letters and digits dropped; null for a missing name. */
    static String norm(JsonNode name) {
        return name == null ? null : Json.str(name).toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]+", "");
    }

    /** The normalised names a gold field accepts: one name or a list of them. */
    static Set<String> alternatives(JsonNode value) {
        Set<String> names = new HashSet<>();
        if (value == null) {
            return names;
        }
        if (value.isArray()) {
            value.forEach(v -> {
                if (!v.isNull()) {
                    names.add(norm(v));
                }
            });
        } else {
            names.add(norm(value));
        }
        return names;
    }

    /** True when the predicted name is one the gold field accepts. */
    static boolean same(JsonNode gold, JsonNode predicted) {
        String p = norm(predicted);
        return p != null && alternatives(gold).contains(p);
    }
}
