package dev.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/** A kind of scored claim: where its entries are, which count, and when a prediction matches gold. */
enum ClaimKind {

    ORGANISATION("organisation", "models", e -> Json.get(e, "organisation") != null, ClaimKind::sameOrganisation),
    PARAMETERS("parameters", "models", e -> Json.get(e, "parameters") != null, ClaimKind::sameParameters),
    RESULTS("results", "results", e -> true, ClaimKind::sameResult),
    COMPARISONS("comparisons", "comparisons", e -> true, ClaimKind::sameComparison);

    /** Absolute, on the printed scale (percent points). */
    static final double SCORE_TOLERANCE = 0.051;
    /** Relative. */
    static final double PARAMETER_TOLERANCE = 0.01;

    final String label;
    final String section;
    final Predicate<JsonNode> counts;
    final BiPredicate<JsonNode, JsonNode> same;

    ClaimKind(String label, String section, Predicate<JsonNode> counts, BiPredicate<JsonNode, JsonNode> same) {
        this.label = label;
        this.section = section;
        this.counts = counts;
        this.same = same;
    }

    private static boolean sameOrganisation(JsonNode g, JsonNode p) {
        return Names.same(Json.get(g, "model"), Json.get(p, "model"))
                && Names.same(Json.get(g, "organisation"), Json.get(p, "organisation"));
    }

    private static boolean sameParameters(JsonNode g, JsonNode p) {
        if (!Names.same(Json.get(g, "model"), Json.get(p, "model"))) {
            return false;
        }
        Double gp = Json.number(Json.get(g, "parameters"));
        Double pp = Json.number(Json.get(p, "parameters"));
        return gp != null && pp != null && Math.abs(gp - pp) <= PARAMETER_TOLERANCE * gp;
    }

    private static boolean sameResult(JsonNode g, JsonNode p) {
        if (!Names.same(Json.get(g, "model"), Json.get(p, "model"))
                || !Names.same(Json.get(g, "benchmark"), Json.get(p, "benchmark"))) {
            return false;
        }
        Double gs = Json.number(Json.get(g, "score"));
        Double ps = Json.number(Json.get(p, "score"));
        if (gs == null || ps == null || Math.abs(gs - ps) > SCORE_TOLERANCE) {
            return false;
        }
        return SettingKey.matches(Json.get(g, "setting"), Json.get(p, "setting"));
    }

    private static boolean sameComparison(JsonNode g, JsonNode p) {
        String relation = relation(g);
        if (!relation.equals(relation(p))) {
            return false;
        }
        boolean forward = Names.same(Json.get(g, "subject"), Json.get(p, "subject"))
                && Names.same(Json.get(g, "object"), Json.get(p, "object"));
        boolean backward = relation.equals("similar")
                && Names.same(Json.get(g, "subject"), Json.get(p, "object"))
                && Names.same(Json.get(g, "object"), Json.get(p, "subject"));
        if (!forward && !backward) {
            return false;
        }
        if (Json.get(g, "benchmark") != null) {
            if (!Names.same(Json.get(g, "benchmark"), Json.get(p, "benchmark"))) {
                return false;
            }
        } else if (Json.get(p, "benchmark") != null) {
            return false;
        }
        return SettingKey.matches(Json.get(g, "setting"), Json.get(p, "setting"));
    }

    /** A missing or empty relation means "better". */
    private static String relation(JsonNode entry) {
        JsonNode r = Json.get(entry, "relation");
        return Json.truthy(r) ? Json.str(r) : "better";
    }
}
