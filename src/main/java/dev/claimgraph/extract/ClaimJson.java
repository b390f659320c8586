package dev.claimgraph.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an extraction result in the claim JSON format shared with the gold annotations.
 *
 * <p>The "organisation" of a model is what the summary states; an organisation known only from
 * the lexicon is written as "lexicon_organisation", so readers can tell the two apart.
 */
public final class ClaimJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ClaimJson() {}

    /** The claim JSON object for one document. */
    public static ObjectNode toJson(ExtractionResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("document", result.document().name());
        PaperInfo paper = result.paper();
        ObjectNode p = root.putObject("paper");
        p.put("title", paper.title());
        p.put("date", paper.date());
        paper.organisations().forEach(p.withArray("organisations")::add);
        paper.authors().forEach(p.withArray("authors")::add);
        root.set("models", models(result));
        ArrayNode results = root.putArray("results");
        for (ScoreClaim s : result.claims(ScoreClaim.class)) {
            ObjectNode r = results.addObject();
            r.put("model", s.model());
            r.put("benchmark", s.benchmark());
            r.put("score", s.score());
            r.put("score_text", s.scoreText());
            r.put("unit", s.unit().name().toLowerCase(java.util.Locale.ROOT));
            r.put("metric", s.metric());
            r.set("setting", setting(s.setting()));
            r.put("first_party", s.firstParty());
            common(r, s);
        }
        ArrayNode comparisons = root.putArray("comparisons");
        for (ComparisonClaim c : result.claims(ComparisonClaim.class)) {
            ObjectNode o = comparisons.addObject();
            o.put("subject", c.model());
            o.put("relation", c.relation().jsonName());
            o.put("object", c.object());
            if (c.benchmark() != null) {
                o.put("benchmark", c.benchmark());
                o.set("setting", setting(c.setting()));
            }
            common(o, c);
        }
        return root;
    }

    /** The JSON text, indented. */
    public static String write(ExtractionResult result) {
        try {
            return JSON.writeValueAsString(toJson(result));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("claim JSON could not be written", e);
        }
    }

    private static ArrayNode models(ExtractionResult result) {
        Map<String, ObjectNode> byModel = new LinkedHashMap<>();
        ArrayNode array = JSON.createArrayNode();
        java.util.function.Function<String, ObjectNode> entry = name -> byModel.computeIfAbsent(name, n -> {
            ObjectNode o = array.addObject();
            o.put("model", n);
            return o;
        });
        for (DeveloperClaim d : result.claims(DeveloperClaim.class)) {
            ObjectNode o = entry.apply(d.model());
            o.put(d.basis() == OrganisationBasis.STATED ? "organisation" : "lexicon_organisation", d.organisation());
            o.put("first_party", d.firstParty());
        }
        for (ParameterClaim pc : result.claims(ParameterClaim.class)) {
            ObjectNode o = entry.apply(pc.model());
            o.put("parameters", pc.parameters());
            if (pc.activeParameters() != null) {
                o.put("active_parameters", pc.activeParameters());
            }
            o.put("parameters_text", pc.quantityText());
            evidence(o.withArray("parameters_evidence"), pc.evidence());
        }
        for (ContextLengthClaim cl : result.claims(ContextLengthClaim.class)) {
            ObjectNode o = entry.apply(cl.model());
            o.put("context_length", cl.tokens());
            o.put("context_length_text", cl.quantityText());
        }
        return array;
    }

    private static ObjectNode setting(Setting s) {
        ObjectNode o = JSON.createObjectNode();
        if (s.shots() != null) {
            o.put("shots", s.shots());
        } else if (s.fewShot()) {
            o.put("shots", "few");
        } else {
            o.putNull("shots");
        }
        o.put("cot", s.chainOfThought());
        if (s.samples() != null) {
            o.put("samples", s.samples());
        } else {
            o.putNull("samples");
        }
        if (s.passAt() != null) {
            o.put("pass_at", s.passAt());
        } else {
            o.putNull("pass_at");
        }
        o.put("label", s.label());
        return o;
    }

    private static void common(ObjectNode o, Claim c) {
        o.put("confidence", c.confidence());
        evidence(o.putArray("evidence"), c.evidence());
    }

    private static void evidence(ArrayNode into, List<Span> spans) {
        for (Span span : spans) {
            ObjectNode e = into.addObject();
            e.put("start", span.start());
            e.put("end", span.end());
            e.put("text", span.text());
        }
    }
}
