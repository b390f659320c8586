package dev.claimgraph.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The same score for the same model, benchmark and setting, reported by several sources.
 *
 * @param model the model's label
 * @param benchmark the benchmark's label
 * @param setting the setting's label
 * @param score the value the sources share
 * @param sourceCount how many sources report it
 * @param paperCount how many distinct papers (by title) those sources describe
 * @param reports each source's report
 */
public record Corroboration(String model, String benchmark, String setting, BigDecimal score, int sourceCount,
        int paperCount, List<ScoreReport> reports) implements TableRow {

    public Corroboration {
        reports = List.copyOf(reports);
    }

    /** The distinct source file names, in report order. */
    public List<String> sources() {
        return reports.stream().map(ScoreReport::source).distinct().toList();
    }

    @Override
    public Map<String, String> cells() {
        return new Cells().put("model", model).put("benchmark", benchmark).put("setting", setting)
                .put("score", score).put("sources", sourceCount).put("papers", paperCount)
                .list("files", sources()).build();
    }
}
