package dev.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The scored fields of a setting: shots (a count, or "few"), chain of thought, samples and pass@k.
 *
 * @param shots a Long, the string "few", or null
 */
record SettingKey(Object shots, boolean cot, Long samples, Long passAt) {

    static SettingKey of(JsonNode setting) {
        JsonNode s = setting != null && setting.isObject() ? setting : null;
        JsonNode shots = Json.get(s, "shots");
        Object shotsKey = shots != null && shots.isTextual()
                && shots.textValue().strip().toLowerCase(Locale.ROOT).equals("few") ? "few" : Json.integer(shots);
        return new SettingKey(shotsKey, Json.truthy(Json.get(s, "cot")),
                Json.integer(Json.get(s, "samples")), Json.integer(Json.get(s, "pass_at")));
    }

    /** A gold setting may be a list of acceptable settings where the text leaves it open. */
    static boolean matches(JsonNode gold, JsonNode predicted) {
        SettingKey key = of(predicted);
        if (gold != null && gold.isArray()) {
            for (JsonNode option : gold) {
                if (of(option).equals(key)) {
                    return true;
                }
            }
            return false;
        }
        return of(gold).equals(key);
    }
}
