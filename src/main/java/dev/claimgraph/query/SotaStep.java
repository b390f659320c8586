package dev.claimgraph.query;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A paper that improved the best reported score on a benchmark under a setting.
 *
 * @param benchmark the benchmark's label
 * @param setting the setting's label
 * @param date the paper's date as ISO text
 * @param model the model that set the new best
 * @param score its score
 * @param previousModel the model that held the best before, or null for the first report
 * @param previousScore the best before, or null for the first report
 * @param source the summary's file name
 * @param paperTitle the paper's title, or null
 * @param evidence the text stating the score
 */
public record SotaStep(String benchmark, String setting, String date, String model, BigDecimal score,
        String previousModel, BigDecimal previousScore, String source, String paperTitle, String evidence)
        implements TableRow {

    @Override
    public Map<String, String> cells() {
        return new Cells().put("benchmark", benchmark).put("setting", setting).put("date", date).put("model", model)
                .put("score", score).put("previous", previousModel == null ? "" : previousModel + " " + previousScore)
                .put("source", source).build();
    }
}
