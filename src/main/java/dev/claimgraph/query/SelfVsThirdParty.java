package dev.claimgraph.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A model's score on a benchmark under a setting as its own organisation reported it, beside what others reported.
 *
 * @param model the model's label
 * @param benchmark the benchmark's label
 * @param setting the setting's label
 * @param selfScore the value the model's own papers give (most given, then latest)
 * @param thirdPartyScore the value other papers give (most given, then latest)
 * @param difference thirdPartyScore minus selfScore
 * @param selfReports reports from the model's own organisation
 * @param thirdPartyReports reports from others
 */
public record SelfVsThirdParty(String model, String benchmark, String setting, BigDecimal selfScore,
        BigDecimal thirdPartyScore, BigDecimal difference, List<ScoreReport> selfReports,
        List<ScoreReport> thirdPartyReports) implements TableRow {

    public SelfVsThirdParty {
        selfReports = List.copyOf(selfReports);
        thirdPartyReports = List.copyOf(thirdPartyReports);
    }

    @Override
    public Map<String, String> cells() {
        return new Cells().put("model", model).put("benchmark", benchmark).put("setting", setting)
                .put("self", selfScore).put("third party", thirdPartyScore).put("difference", difference)
                .list("self sources", selfReports.stream().map(r -> r.brief() + by(r)).toList())
                .list("third-party sources", thirdPartyReports.stream().map(r -> r.brief() + by(r)).toList())
                .build();
    }

    private static String by(ScoreReport r) {
        return r.reportedBy().isEmpty() ? "" : " by " + String.join(", ", r.reportedBy());
    }
}
