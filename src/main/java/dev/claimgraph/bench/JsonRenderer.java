package dev.claimgraph.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Lays a paper plan out as a JSON summary; about half of them carry a results list besides the takeaways. */
final class JsonRenderer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    String render(PaperPlan plan, SplittableRandom random) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", plan.title());
        List<String> authors = new ArrayList<>(plan.authors());
        authors.add("et al.");
        root.put("authors", authors);
        root.put("affiliations", List.of(plan.organisation()));
        root.put("date", plan.date().toString());
        boolean table = random.nextBoolean();
        List<String> takeaways = new ArrayList<>();
        takeaways.add(Prose.lineup(plan, random));
        if (plan.contextTokens() > 0) {
            takeaways.add(Prose.context(plan));
        }
        if (!table) {
            for (PoolBenchmark b : plan.benchmarks()) {
                String s = Prose.scores(plan, b, random);
                if (s != null) {
                    takeaways.add(s);
                }
            }
        }
        plan.comparisons().forEach(c -> takeaways.add(Prose.comparison(c, random)));
        takeaways.addAll(plan.fillers());
        root.put("takeaways", takeaways);
        if (table) {
            root.put("results", results(plan));
        }
        root.put("abstract", Prose.abstractText(plan));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, String>> results(PaperPlan plan) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (PoolBenchmark b : plan.benchmarks()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("benchmark", b.name());
            row.put("setting", b.setting());
            for (PoolModel m : plan.models()) {
                Result r = plan.result(m, b);
                row.put(m.name(), r == null ? "" : r.text());
            }
            rows.add(row);
        }
        return rows;
    }
}
