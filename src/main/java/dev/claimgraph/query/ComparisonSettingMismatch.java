package dev.claimgraph.query;

import java.util.List;
import java.util.Map;

/**
 * A stated comparison on a benchmark whose one side was measured in another setting than the comparison
 * names, or whose two sides name different settings.
 *
 * @param subject the comparison's subject model
 * @param relation "better" or "similar"
 * @param object the model the subject is compared with
 * @param benchmark the benchmark's label
 * @param comparisonSetting the setting the comparison names for its subject
 * @param objectSetting the setting of its object side (the comparison setting unless stated otherwise)
 * @param comparisonSource the file name of the summary stating the comparison
 * @param comparisonEvidence the text stating the comparison
 * @param side "subject" or "object": which side's scores do not match
 * @param model that side's model
 * @param sideSetting the setting the comparison implies for that side
 * @param reports that side's scores on the benchmark, all under other settings (empty when only the
 *     comparison's own two settings differ)
 */
public record ComparisonSettingMismatch(String subject, String relation, String object, String benchmark,
        String comparisonSetting, String objectSetting, String comparisonSource, String comparisonEvidence,
        String side, String model, String sideSetting, List<ScoreReport> reports) implements SettingMismatch {

    public ComparisonSettingMismatch {
        reports = List.copyOf(reports);
    }

    /** The settings the side was actually measured in. */
    public List<String> measuredSettings() {
        return reports.stream().map(ScoreReport::setting).distinct().toList();
    }

    @Override
    public Map<String, String> cells() {
        String settings = "compared " + sideSetting + (reports.isEmpty() ? " vs " + comparisonSetting
                : ", measured " + String.join("/", measuredSettings()));
        return new Cells().put("kind", "comparison across settings").put("model", model).put("benchmark", benchmark)
                .put("score", "").put("settings", settings)
                .put("comparison", subject + (relation.equals("better") ? " better than " : " similar to ") + object + " (" + comparisonSetting
                        + (objectSetting.equals(comparisonSetting) ? "" : " vs " + objectSetting) + ") in "
                        + comparisonSource)
                .reports("cited", reports).build();
    }
}
