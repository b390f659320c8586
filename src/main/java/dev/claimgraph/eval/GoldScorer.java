package dev.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores claim JSON against {@code *.gold.json} files by the rules of the reference scorer
 * {@code score.py}: greedy one-to-one matching in gold order with optional entries last,
 * printing the same per-document, per-kind and overall lines.
 */
public final class GoldScorer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOLD_SUFFIX = ".gold.json";

    private final boolean details;

    /** @param details also print the missed and extra entries, as score.py's --verbose does */
    public GoldScorer(boolean details) {
        this.details = details;
    }

    /** The gold files of a folder, sorted by name. */
    public static List<Path> goldFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(GOLD_SUFFIX))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list gold files: " + e.getMessage(), e);
        }
    }

    /**
     * Scores the predictions (claim JSON by document name) against the gold files and prints
     * the report; returns the overall counts.
     */
    public Counts score(List<Path> goldFiles, Map<String, JsonNode> predictions, PrintWriter out) {
        return evaluate(goldFiles, predictions, out).overall();
    }

    /** As {@link #score}, also returning the counts of each kind by its label ("results", ...). */
    public Evaluation evaluate(List<Path> goldFiles, Map<String, JsonNode> predictions, PrintWriter out) {
        Map<ClaimKind, Counts> totals = new EnumMap<>(ClaimKind.class);
        for (ClaimKind kind : ClaimKind.values()) {
            totals.put(kind, Counts.ZERO);
        }
        for (Path goldPath : goldFiles) {
            String goldName = goldPath.getFileName().toString();
            JsonNode gold = read(goldPath);
            JsonNode pred = prediction(gold, predictions);
            if (pred == null || pred.isEmpty()) {
                out.println(goldName + ": no prediction found");
            }
            List<String> line = new ArrayList<>();
            for (ClaimKind kind : ClaimKind.values()) {
                if (kind == ClaimKind.COMPARISONS && !gold.has(kind.section)) {
                    continue; // comparisons are scored only where the gold annotates them
                }
                List<JsonNode> g = entries(gold, kind, false);
                List<JsonNode> p = entries(pred, kind, true);
                Match match = match(g, p, kind);
                totals.merge(kind, match.counts(), Counts::plus);
                Counts c = match.counts();
                line.add(kind.label + " " + c.truePositives() + "/" + c.gold() + " (+" + c.falsePositives() + " extra)");
                if (details) {
                    match.missed().forEach(m -> out.println("  " + goldName + " MISSED " + kind.label + ": " + m));
                    match.extra().forEach(x -> out.println("  " + goldName + " EXTRA  " + kind.label + ": "
                            + withoutEvidence(x)));
                }
            }
            out.println(goldName + ": " + String.join("; ", line));
        }
        out.println();
        out.println(String.format("%-14s%10s%10s%8s%7s", "kind", "precision", "recall", "F1", "gold"));
        Counts all = Counts.ZERO;
        for (ClaimKind kind : ClaimKind.values()) {
            Counts c = totals.get(kind);
            all = all.plus(c);
            out.println(String.format("%-14s%10s%10s%8s%7d", kind.label, Counts.fixed3(c.precision()),
                    Counts.fixed3(c.recall()), Counts.fixed3(c.f1()), c.gold()));
        }
        out.println("overall precision " + Counts.fixed3(all.precision()) + " recall " + Counts.fixed3(all.recall()));
        out.println("overall F1 " + Counts.fixed3(all.f1()));
        Map<String, Counts> byKind = new java.util.LinkedHashMap<>();
        totals.forEach((kind, c) -> byKind.put(kind.label, c));
        return new Evaluation(byKind, all);
    }

    private record Match(Counts counts, List<JsonNode> missed, List<JsonNode> extra) {}

    /** Greedy: each gold entry, non-optional ones first, takes the first unused prediction it matches. */
    private static Match match(List<JsonNode> gold, List<JsonNode> predicted, ClaimKind kind) {
        boolean[] used = new boolean[predicted.size()];
        List<JsonNode> ordered = new ArrayList<>(gold);
        ordered.sort((a, b) -> Boolean.compare(optional(a), optional(b))); // stable, like Python's sorted
        List<JsonNode> missed = new ArrayList<>();
        long tp = 0;
        for (JsonNode g : ordered) {
            boolean found = false;
            for (int i = 0; i < predicted.size(); i++) {
                if (!used[i] && kind.same.test(g, predicted.get(i))) {
                    used[i] = true;
                    tp++;
                    found = true;
                    break;
                }
            }
            if (!found && !optional(g)) {
                missed.add(g);
            }
        }
        List<JsonNode> extra = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                extra.add(predicted.get(i));
            }
        }
        return new Match(new Counts(tp, extra.size(), missed.size()), missed, extra);
    }

    private static boolean optional(JsonNode entry) {
        return Json.truthy(Json.get(entry, "optional"));
    }

    private static List<JsonNode> entries(JsonNode document, ClaimKind kind, boolean predicted) {
        List<JsonNode> entries = new ArrayList<>();
        JsonNode section = Json.get(document, kind.section);
        if (section != null && section.isArray()) {
            for (JsonNode e : section) {
                if ((!predicted || e.isObject()) && kind.counts.test(e)) {
                    entries.add(e);
                }
            }
        }
        return entries;
    }

    private static JsonNode prediction(JsonNode gold, Map<String, JsonNode> predictions) {
        JsonNode doc = Json.get(gold, "document");
        if (doc == null) {
            return null;
        }
        String name = Json.str(doc);
        JsonNode pred = predictions.get(name);
        return pred != null ? pred : predictions.get(Path.of(name).getFileName().toString());
    }

    private static JsonNode withoutEvidence(JsonNode entry) {
        if (!entry.isObject()) {
            return entry;
        }
        var copy = entry.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove("evidence");
        return copy;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": not a gold JSON file: "
                    + e.getMessage().replaceAll("\\s+", " "), e);
        }
    }
}
