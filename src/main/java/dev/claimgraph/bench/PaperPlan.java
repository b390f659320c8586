package dev.claimgraph.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one generated summary says, before it is laid out as text.
 *
 * @param own the paper's own models, all of one line
 * @param models every model in the results, own models first
 * @param benchmarks every benchmark in the results, in table order
 * @param contextTokens the context length stated for the own line, or 0 for none
 * @param fillers sentences without claims, for a realistic share of plain prose
 */
record PaperPlan(
        String title,
        List<String> authors,
        String organisation,
        LocalDate date,
        List<PoolModel> own,
        List<PoolModel> models,
        List<PoolBenchmark> benchmarks,
        List<Result> results,
        List<Comparison> comparisons,
        int contextTokens,
        List<String> fillers) {

    /** The reported score of a model on a benchmark, or null when the paper leaves it out. */
    Result result(PoolModel model, PoolBenchmark benchmark) {
        for (Result r : results) {
            if (r.model().equals(model) && r.benchmark().equals(benchmark)) {
                return r;
            }
        }
        return null;
    }

    /** The own line's name ("Llama 3"). */
    String line() {
        return own.get(0).line();
    }
}
