package dev.claimgraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Decides what one generated paper reports: its models, benchmarks, scores and comparisons. */
final class PaperPlanner {

    private static final String[] FIRST_NAMES = {"Hugo", "Albert", "Rohan", "Mei", "Wei", "Aakanksha", "Jared",
        "Sara", "Tom", "Yuntao", "Jordan", "Li", "Zhang", "Ana", "Marie", "Colin", "Noam", "Ilya", "Jason", "Quoc",
        "Oriol", "Percy", "Yi", "Ming", "Thomas", "Louis", "Timothée", "Gautier", "Baptiste", "Arthur"};
    private static final String[] LAST_NAMES = {"Touvron", "Jiang", "Anil", "Chen", "Wang", "Chowdhery", "Kaplan",
        "Hooker", "Brown", "Bai", "Hoffmann", "Liu", "Li", "Raffel", "Shazeer", "Sutskever", "Wei", "Le", "Vinyals",
        "Liang", "Tay", "Zhou", "Lacroix", "Martin", "Lavril", "Izacard", "Rozière", "Mensch", "Sablayrolles"};
    private static final String[] TITLE_TAILS = {"Open Foundation and Fine-Tuned Chat Models",
        "Scaling Language Models with Better Data", "A Family of Highly Capable Models", "Technical Report",
        "Efficient Inference at Scale", "Open Models for Code and Reasoning", "Training Compute-Optimal Models",
        "Towards Helpful and Harmless Assistants", "Multilingual Pretraining Revisited", "Sparse Experts for Everyone"};
    private static final String[] FILLERS = {
        "The architecture follows a standard decoder-only Transformer with rotary position embeddings.",
        "No details on the training data beyond the claim that it was filtered for quality.",
        "Grouped-query attention is used for faster inference.",
        "Released under a permissive license for research and commercial use.",
        "The authors spend a long section on safety evaluations and red-teaming.",
        "Training used a cosine learning-rate schedule with warm-up.",
        "Instruction tuning relies on a mixture of human-written and synthetic data.",
        "The report says little about the hardware used for training.",
        "Data deduplication is credited for a large part of the gains.",
        "Evaluation code is released so that the numbers can be reproduced."};
    private static final int[] CONTEXTS = {2048, 4096, 8192, 16384, 32768, 131072};

    private final ModelPool pool;

    PaperPlanner(ModelPool pool) {
        this.pool = pool;
    }

    PaperPlan plan(SplittableRandom random) {
        List<List<PoolModel>> lines = pool.lines();
        List<PoolModel> line = lines.get(skewed(random, lines.size()));
        List<PoolModel> own = pick(random, line, 1 + random.nextInt(Math.min(3, line.size())));
        Set<PoolModel> models = new LinkedHashSet<>(own);
        int baselines = 1 + random.nextInt(4);
        while (models.size() < own.size() + baselines) {
            List<PoolModel> other = lines.get(skewed(random, lines.size()));
            models.add(other.get(random.nextInt(other.size())));
        }
        List<PoolModel> allModels = List.copyOf(models);

        List<PoolBenchmark> benchmarks = benchmarks(random, Math.max(2, 30 / allModels.size()));
        List<Result> results = new ArrayList<>();
        for (PoolBenchmark b : benchmarks) {
            for (PoolModel m : allModels) {
                // Papers leave gaps in their tables, more often for the baselines than for their own models.
                boolean reported = own.contains(m) || random.nextDouble() < 0.8;
                if (reported && results.size() < 30) {
                    results.add(new Result(m, b, noisy(random, pool.baseScore(m, b))));
                }
            }
        }
        while (results.size() < 5) {
            PoolBenchmark b = pool.benchmarks().get(random.nextInt(pool.benchmarks().size()));
            if (benchmarks.contains(b)) {
                continue;
            }
            benchmarks = append(benchmarks, b);
            results.add(new Result(own.get(0), b, noisy(random, pool.baseScore(own.get(0), b))));
        }

        List<Comparison> comparisons = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            PoolModel subject = own.get(random.nextInt(own.size()));
            PoolModel object = allModels.get(own.size() + random.nextInt(allModels.size() - own.size()));
            PoolBenchmark on = random.nextBoolean() ? benchmarks.get(random.nextInt(benchmarks.size())) : null;
            comparisons.add(new Comparison(subject, random.nextInt(4) == 0, object, on));
        }

        PoolModel lead = own.get(own.size() - 1);
        LocalDate date = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365 + 150));
        List<String> fillers = pick(random, List.of(FILLERS), 1 + random.nextInt(3));
        return new PaperPlan(lead.line() + ": " + TITLE_TAILS[random.nextInt(TITLE_TAILS.length)],
                authors(random), lead.organisation(), date, own, allModels, benchmarks, results, comparisons,
                random.nextInt(3) == 0 ? 0 : CONTEXTS[random.nextInt(CONTEXTS.length)], fillers);
    }

    private List<PoolBenchmark> benchmarks(SplittableRandom random, int max) {
        List<PoolBenchmark> all = pool.benchmarks();
        Set<PoolBenchmark> chosen = new LinkedHashSet<>();
        // MMLU 5-shot is in most papers, as in real ones: the leaderboard query has rows at every size.
        if (random.nextDouble() < 0.6) {
            chosen.add(all.get(0));
        }
        int want = Math.min(max, 2 + random.nextInt(7));
        while (chosen.size() < want) {
            boolean core = random.nextDouble() < 0.7;
            chosen.add(core ? all.get(random.nextInt(pool.coreBenchmarks()))
                    : all.get(pool.coreBenchmarks() + random.nextInt(all.size() - pool.coreBenchmarks())));
        }
        return List.copyOf(chosen);
    }

    /** Most papers repeat the base score, some re-evaluate and get a slightly or clearly different one. */
    private static double noisy(SplittableRandom random, double base) {
        double roll = random.nextDouble();
        double delta = roll < 0.65 ? 0 : roll < 0.9 ? random.nextDouble(-1.5, 1.5) : random.nextDouble(-5, 5);
        return Math.round(Math.max(0.5, Math.min(99.5, base + delta)) * 10) / 10.0;
    }

    /** An index that favours the front of a list, where the popular lines are. */
    private static int skewed(SplittableRandom random, int size) {
        double u = random.nextDouble();
        return (int) (size * u * u);
    }

    private static <T> List<T> pick(SplittableRandom random, List<T> from, int count) {
        List<T> copy = new ArrayList<>(from);
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < count && !copy.isEmpty(); i++) {
            picked.add(copy.remove(random.nextInt(copy.size())));
        }
        // Keep the line's order (smallest first) so that tables read naturally.
        picked.sort((a, b) -> Integer.compare(from.indexOf(a), from.indexOf(b)));
        return List.copyOf(picked);
    }

    private static List<PoolBenchmark> append(List<PoolBenchmark> list, PoolBenchmark b) {
        List<PoolBenchmark> copy = new ArrayList<>(list);
        copy.add(b);
        return List.copyOf(copy);
    }

    private static List<String> authors(SplittableRandom random) {
        List<String> authors = new ArrayList<>();
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            authors.add(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                    + LAST_NAMES[random.nextInt(LAST_NAMES.length)]);
        }
        return List.copyOf(authors);
    }
}
