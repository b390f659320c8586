package dev.claimgraph.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The same score for the same model and benchmark, cited under different stated settings.
 *
 * @param model the model's label
 * @param benchmark the benchmark's label
 * @param score the shared value
 * @param settings the distinct settings it is cited under
 * @param reports each citation with its setting and source
 */
public record ScoreSettingMismatch(String model, String benchmark, BigDecimal score, List<String> settings,
        List<ScoreReport> reports) implements SettingMismatch {

    public ScoreSettingMismatch {
        settings = List.copyOf(settings);
        reports = List.copyOf(reports);
    }

    @Override
    public Map<String, String> cells() {
        return new Cells().put("kind", "score under settings").put("model", model).put("benchmark", benchmark)
                .put("score", score).list("settings", settings).put("comparison", "")
                .list("cited", reports.stream().map(r -> r.setting() + " in " + r.source()).toList()).build();
    }
}
