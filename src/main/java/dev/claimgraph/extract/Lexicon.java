package dev.claimgraph.extract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Known organisations, model families, models and benchmarks with their aliases.
 *
 * <p>Read from JSON files (see {@code data/lexicon}); the bundled files come first and files
 * from user folders add to them, a later entry with the same name replacing an earlier one.
 */
public final class Lexicon {

    /** An organisation that builds models. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Organisation(String name, List<String> aliases) {
        public Organisation {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    /**
     * A model family: models named by the family name, a version, sizes and variants.
     *
     * @param versionSeparator what goes between the name and a version in canonical names
     *     ("Llama 2" has " ", "GPT-4" has "-", "Qwen1.5" has "")
     * @param variants words that name members of the family on their own ("Ultra", "Nano")
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Family(String name, List<String> aliases, String organisation, String versionSeparator,
            List<String> variants) {
        public Family {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            variants = variants == null ? List.of() : List.copyOf(variants);
            versionSeparator = versionSeparator == null ? " " : versionSeparator;
        }
    }

    /** A model known by name, for names that do not follow their family's pattern. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KnownModel(String name, String family, String organisation, List<String> aliases) {
        public KnownModel {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    /**
     * A benchmark.
     *
     * @param metric what its scores measure ("accuracy", "pass rate", "F1", "perplexity")
     * @param higherIsBetter false for error rates and perplexity
     * @param caseSensitive true where an alias is also a common word in other case ("MATH", "DROP")
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Benchmark(String name, List<String> aliases, String metric, Boolean higherIsBetter,
            Boolean caseSensitive) {
        public Benchmark {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            metric = metric == null ? "accuracy" : metric;
            higherIsBetter = higherIsBetter == null || higherIsBetter;
            caseSensitive = caseSensitive != null && caseSensitive;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record LexiconFile(List<Organisation> organisations, List<Family> families, List<KnownModel> models,
            List<Benchmark> benchmarks) {}

    private static final String[] BUNDLED = {
        "organisations.json", "families.json", "models.json", "benchmarks.json"
    };
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    private final Map<String, Family> families = new LinkedHashMap<>();
    private final Map<String, KnownModel> models = new LinkedHashMap<>();
    private final Map<String, Benchmark> benchmarks = new LinkedHashMap<>();
    private final Map<String, Organisation> organisationIndex = new java.util.HashMap<>();
    private final Map<String, Family> familyIndex = new java.util.HashMap<>();
    private final Map<String, KnownModel> modelIndex = new java.util.HashMap<>();
    private final Map<String, Benchmark> benchmarkIndex = new java.util.HashMap<>();

    private Lexicon() {}

    /** The lexicon bundled with ClaimGraph. */
    public static Lexicon bundled() {
        Lexicon lexicon = new Lexicon();
        for (String name : BUNDLED) {
            try (InputStream in = Lexicon.class.getResourceAsStream("/lexicon/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled lexicon file lexicon/" + name + " is missing");
                }
                lexicon.add(JSON.readValue(in, LexiconFile.class));
            } catch (IOException e) {
                throw new UncheckedIOException("bundled lexicon file lexicon/" + name + " is unreadable", e);
            }
        }
        return lexicon;
    }

    /** The bundled lexicon plus every {@code *.json} file in the given folders. */
    public static Lexicon withUserFolders(Collection<Path> folders) throws LexiconException {
        Lexicon lexicon = bundled();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new LexiconException(folder + ": not a folder of lexicon JSON files");
            }
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            } catch (IOException e) {
                throw new LexiconException(folder + ": cannot list files: " + e.getMessage());
            }
            for (Path file : files) {
                try {
                    lexicon.add(JSON.readValue(file.toFile(), LexiconFile.class));
                } catch (IOException | RuntimeException e) {
                    throw new LexiconException(file + ": not a lexicon file: " + e.getMessage());
                }
            }
        }
        return lexicon;
    }

    private void add(LexiconFile file) {
        organisationIndex.clear();
        familyIndex.clear();
        modelIndex.clear();
        benchmarkIndex.clear();
        if (file.organisations() != null) {
            file.organisations().forEach(o -> organisations.put(key(o.name()), o));
        }
        if (file.families() != null) {
            file.families().forEach(f -> families.put(key(f.name()), f));
        }
        if (file.models() != null) {
            file.models().forEach(m -> models.put(key(m.name()), m));
        }
        if (file.benchmarks() != null) {
            file.benchmarks().forEach(b -> benchmarks.put(key(b.name()), b));
        }
    }

    public Collection<Organisation> organisations() {
        return organisations.values();
    }

    public Collection<Family> families() {
        return families.values();
    }

    public Collection<KnownModel> models() {
        return models.values();
    }

    public Collection<Benchmark> benchmarks() {
        return benchmarks.values();
    }

    /** The organisation a name or alias stands for. */
    public Optional<Organisation> organisation(String nameOrAlias) {
        return find(organisations.values(), organisationIndex, nameOrAlias, Organisation::name, Organisation::aliases);
    }

    /** The family a name or alias stands for. */
    public Optional<Family> family(String nameOrAlias) {
        return find(families.values(), familyIndex, nameOrAlias, Family::name, Family::aliases);
    }

    /** The known model a name or alias stands for. */
    public Optional<KnownModel> model(String nameOrAlias) {
        return find(models.values(), modelIndex, nameOrAlias, KnownModel::name, KnownModel::aliases);
    }

    /** The benchmark a name or alias stands for. */
    public Optional<Benchmark> benchmark(String nameOrAlias) {
        return find(benchmarks.values(), benchmarkIndex, nameOrAlias, Benchmark::name, Benchmark::aliases);
    }

    /** Case- and punctuation-insensitive key: "GSM-8K" and "gsm8k" share one; a plus counts. */
    public static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.appendCodePoint(Character.toLowerCase(c));
            } else if (c == '+') {
                key.append("plus"); // "HumanEval+" is not "HumanEval"
            }
            i += Character.charCount(c);
        }
        return key.toString();
    }

    /**
     * Looks a name up by key: names win over aliases, and among aliases the earliest entry wins.
     * The index is built on first use after a change, since lookups far outnumber additions.
     */
    private static <T> Optional<T> find(Collection<T> entries, Map<String, T> index, String name,
            java.util.function.Function<T, String> nameOf, java.util.function.Function<T, List<String>> aliasesOf) {
        synchronized (index) {
            if (index.isEmpty() && !entries.isEmpty()) {
                for (T entry : entries) {
                    for (String alias : aliasesOf.apply(entry)) {
                        index.putIfAbsent(key(alias), entry);
                    }
                }
                for (T entry : entries) {
                    index.put(key(nameOf.apply(entry)), entry);
                }
            }
            return Optional.ofNullable(index.get(key(name)));
        }
    }

    /** Every alias of every entry, for building recognisers. */
    static <T> List<String> namesOf(T entry, java.util.function.Function<T, String> nameOf,
            java.util.function.Function<T, List<String>> aliasesOf) {
        List<String> names = new ArrayList<>();
        names.add(nameOf.apply(entry));
        names.addAll(aliasesOf.apply(entry));
        return names;
    }
}
