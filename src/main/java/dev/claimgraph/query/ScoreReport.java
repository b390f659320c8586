package dev.claimgraph.query;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One source's report of a model's score on a benchmark under a setting, with its provenance.
 *
 * @param claim the claim's IRI
 * @param model the model's label
 * @param benchmark the benchmark's label
 * @param setting the setting's label ("5-shot", "CoT@32", "unspecified")
 * @param score the score on the percent scale where it was printed as a fraction, else as printed
 * @param scoreText the score as printed
 * @param source the summary's file name
 * @param paperTitle the title of the paper the summary describes, or null
 * @param date the paper's date as ISO text, or null
 * @param firstParty true when the paper reports its own model, null when unknown
 * @param reportedBy the affiliations of the paper's authors
 * @param evidence the source text stating the score
 * @param higherIsBetter the benchmark's direction
 */
public record ScoreReport(
        String claim,
        String model,
        String benchmark,
        String setting,
        BigDecimal score,
        String scoreText,
        String source,
        String paperTitle,
        String date,
        Boolean firstParty,
        List<String> reportedBy,
        String evidence,
        @JsonIgnore boolean higherIsBetter) implements TableRow {

    public ScoreReport {
        reportedBy = List.copyOf(reportedBy);
    }

    /** "68.9 (llama2-2023.txt, 2023-07-18)": the score and where it comes from, for tables. */
    public String brief() {
        return Scores.plain(score) + " (" + source + (date == null ? "" : ", " + date) + ")";
    }

    @Override
    public Map<String, String> cells() {
        return new Cells().put("model", model).put("benchmark", benchmark).put("setting", setting)
                .put("score", score).put("source", source).put("date", date).put("evidence", evidence).build();
    }

    /** The key of the model, benchmark and setting this report is about. */
    @JsonIgnore
    public String subjectKey() {
        return model + "\u0000" + benchmark + "\u0000" + setting;
    }
}
