package dev.claimgraph.bench;

import dev.claimgraph.extract.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The models and benchmarks shared by every summary of one generated corpus, with a base score
 * for each (model, benchmark) pair so that papers report overlapping, mostly agreeing numbers.
 */
final class ModelPool {

    /** Families that are not language models: papers would not score them on text benchmarks. */
    private static final Set<String> NOT_LANGUAGE_MODELS = Set.of("DALL-E", "CLIP", "Whisper", "Stable Diffusion",
            "BERT", "ALBERT", "RoBERTa", "DeBERTa", "BART", "Mamba", "Gato", "Flamingo", "PaLI", "Kosmos",
            "Llama Guard", "NLLB", "CogVLM", "InternVL", "IDEFICS", "LLaVA", "Pixtral", "Chameleon", "PaLM-E",
            "Qwen-VL", "Bard", "T0", "mT5", "UL2", "CodeT5");

    /** Benchmarks most papers report, drawn more often so leaderboards fill up. */
    private static final List<String> CORE_BENCHMARKS = List.of("MMLU", "GSM8K", "HumanEval", "HellaSwag",
            "ARC-Challenge", "WinoGrande", "MATH", "MBPP", "TriviaQA", "BIG-Bench-Hard", "TruthfulQA", "PIQA",
            "BoolQ", "NaturalQuestions", "DROP", "AGIEval");

    private static final Set<String> PERCENT_METRICS = Set.of("accuracy", "exact match", "F1", "pass@k");
    private static final String[] VERSIONS = {"", "", "2", "3", "1.5", "2.5"};
    private static final String[] GPT_VERSIONS = {"3", "3.5", "4"};
    private static final double[] SIZES = {0.5, 1.3, 1.8, 2.7, 3, 7, 8, 9, 13, 14, 22, 34, 40, 65, 70, 72, 110, 180};
    private static final String[] FEW_SHOTS = {"0-shot", "3-shot", "5-shot", "10-shot", "25-shot"};

    private final long seed;
    private final List<PoolModel> models;
    private final List<List<PoolModel>> lines;
    private final List<PoolBenchmark> benchmarks;
    private final int coreBenchmarks;

    ModelPool(Lexicon lexicon, long seed) {
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        this.lines = lines(lexicon, random);
        this.models = lines.stream().flatMap(List::stream).toList();
        List<PoolBenchmark> list = new ArrayList<>();
        for (String name : CORE_BENCHMARKS) {
            lexicon.benchmark(name).ifPresent(b -> list.add(benchmark(b, random)));
        }
        this.coreBenchmarks = list.size();
        for (Lexicon.Benchmark b : lexicon.benchmarks()) {
            if (PERCENT_METRICS.contains(b.metric()) && !CORE_BENCHMARKS.contains(b.name())) {
                list.add(benchmark(b, random));
            }
        }
        this.benchmarks = List.copyOf(list);
    }

    /** Every model line: the sizes of one family and version, largest last. */
    List<List<PoolModel>> lines() {
        return lines;
    }

    List<PoolModel> models() {
        return models;
    }

    List<PoolBenchmark> benchmarks() {
        return benchmarks;
    }

    /** How many benchmarks at the front of {@link #benchmarks()} are the commonly reported ones. */
    int coreBenchmarks() {
        return coreBenchmarks;
    }

    /** The score every paper starts from for a model on a benchmark, the same in every document. */
    double baseScore(PoolModel model, PoolBenchmark benchmark) {
        SplittableRandom pair = new SplittableRandom(seed ^ (31L * model.name().hashCode() + benchmark.name().hashCode()));
        double raw = 100 * (0.25 + 0.7 * model.strength() - 0.45 * benchmark.difficulty()) + pair.nextDouble(-6, 6);
        return Math.round(Math.max(1.0, Math.min(99.0, raw)) * 10) / 10.0;
    }

    private static List<List<PoolModel>> lines(Lexicon lexicon, SplittableRandom random) {
        List<List<PoolModel>> lines = new ArrayList<>();
        for (Lexicon.Family family : lexicon.families()) {
            if (NOT_LANGUAGE_MODELS.contains(family.name()) || family.organisation() == null) {
                continue;
            }
            int versions = 1 + random.nextInt(2);
            for (int v = 0; v < versions; v++) {
                String version = version(family.name(), random);
                String line = version.isEmpty() ? family.name() : family.name() + family.versionSeparator() + version;
                if (lines.stream().anyMatch(l -> l.get(0).line().equals(line))) {
                    continue;
                }
                lines.add(sizes(line, family.organisation(), random));
            }
        }
        for (Lexicon.KnownModel known : lexicon.models()) {
            // Known names such as "Mixtral 8x7B" or "PaLM 2-L" are lines of their own, without a stated size.
            if (known.organisation() != null && !known.name().matches(".*(?i:davinci|guard|vision).*")) {
                lines.add(List.of(new PoolModel(known.name(), known.name(), known.organisation(), 0,
                        random.nextDouble(0.3, 0.9))));
            }
        }
        return List.copyOf(lines);
    }

    /** A version to write after the family name; names that end in a number already carry one. */
    private static String version(String family, SplittableRandom random) {
        if (family.equals("GPT")) {
            return GPT_VERSIONS[random.nextInt(GPT_VERSIONS.length)];
        }
        if (Character.isDigit(family.charAt(family.length() - 1)) || family.contains("-") || family.contains(" ")) {
            return "";
        }
        return VERSIONS[random.nextInt(VERSIONS.length)];
    }

    private static List<PoolModel> sizes(String line, String organisation, SplittableRandom random) {
        int count = 1 + random.nextInt(4);
        int first = random.nextInt(SIZES.length - count + 1);
        double quality = random.nextDouble(0.0, 0.35);
        List<PoolModel> sizes = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            double billions = SIZES[i];
            double strength = Math.min(0.98, quality + 0.12 * Math.log(billions + 1));
            sizes.add(new PoolModel(line + " " + sizeText(billions) + "B", line, organisation, billions, strength));
        }
        return List.copyOf(sizes);
    }

    private static PoolBenchmark benchmark(Lexicon.Benchmark b, SplittableRandom random) {
        String setting = switch (b.name()) {
            case "MMLU" -> "5-shot";
            case "GSM8K" -> random.nextBoolean() ? "8-shot, maj@8" : "8-shot";
            case "HumanEval", "MBPP" -> "0-shot, pass@1";
            case "MATH" -> "4-shot, maj@4";
            case "BIG-Bench-Hard" -> "3-shot, CoT";
            default -> FEW_SHOTS[random.nextInt(FEW_SHOTS.length)];
        };
        return new PoolBenchmark(b.name(), setting, random.nextDouble(0.05, 0.7));
    }

    static String sizeText(double billions) {
        return billions == Math.rint(billions) ? Long.toString((long) billions)
                : String.format(Locale.ROOT, "%.1f", billions);
    }
}
