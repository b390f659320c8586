package dev.claimgraph.bench;

import dev.claimgraph.extract.Lexicon;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes realistic synthetic paper summaries in every supported layout; summary {@code i} of a
 * seed is always the same text, independent of which other summaries are generated.
 */
public final class SummaryGenerator {

    private static final SummaryStyle[] STYLES = SummaryStyle.values();
    private static final double[] STYLE_WEIGHTS = {0.30, 0.10, 0.25, 0.12, 0.23};

    private final long seed;
    private final PaperPlanner planner;

    public SummaryGenerator(Lexicon lexicon, long seed) {
        this.seed = seed;
        this.planner = new PaperPlanner(new ModelPool(lexicon, seed));
    }

    /** The summary with the given index. */
    public GeneratedSummary generate(long index) {
        // One stream per index, so any summary can be made alone and in any order.
        SplittableRandom random = new SplittableRandom(mix(seed, index));
        SummaryStyle style = style(random.nextDouble());
        PaperPlan plan = planner.plan(random);
        String text = switch (style) {
            case NOTES -> new NotesRenderer(false).render(plan, random);
            case NOTES_ZH -> new NotesRenderer(true).render(plan, random);
            case MARKDOWN_PIPE -> new MarkdownRenderer(false).render(plan, random);
            case MARKDOWN_HTML -> new MarkdownRenderer(true).render(plan, random);
            case JSON -> new JsonRenderer().render(plan, random);
        };
        String fileName = String.format(Locale.ROOT, "s%07d-%s-%d.%s", index, slug(plan.line()),
                plan.date().getYear(), style.extension());
        return new GeneratedSummary(fileName, style, text);
    }

    private static SummaryStyle style(double u) {
        double acc = 0;
        for (int i = 0; i < STYLES.length; i++) {
            acc += STYLE_WEIGHTS[i];
            if (u < acc) {
                return STYLES[i];
            }
        }
        return STYLES[STYLES.length - 1];
    }

    private static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "paper" : s;
    }
}
