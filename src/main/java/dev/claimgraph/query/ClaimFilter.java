package dev.claimgraph.query;

import dev.claimgraph.extract.Setting;

/**
 * Optional narrowing of a named query to one model, benchmark or setting; null fields do not narrow.
 *
 * @param model a model name or alias, or null
 * @param benchmark a benchmark name or alias, or null
 * @param setting an evaluation setting, or null
 */
public record ClaimFilter(String model, String benchmark, Setting setting) {

    /** No narrowing. */
    public static final ClaimFilter NONE = new ClaimFilter(null, null, null);

    public ClaimFilter {
        model = blankToNull(model);
        benchmark = blankToNull(benchmark);
    }

    public ClaimFilter withModel(String name) {
        return new ClaimFilter(name, benchmark, setting);
    }

    public ClaimFilter withBenchmark(String name) {
        return new ClaimFilter(model, name, setting);
    }

    public ClaimFilter withSetting(Setting s) {
        return new ClaimFilter(model, benchmark, s);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
