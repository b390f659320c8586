package dev.claimgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Writes the claim-bearing sentences of a generated summary in the phrasings real notes use. */
final class Prose {

    private Prose() {}

    /** One sentence naming the own models, with their sizes in the text where the names do not carry them. */
    static String lineup(PaperPlan plan, SplittableRandom random) {
        List<PoolModel> own = plan.own();
        PoolModel lead = own.get(own.size() - 1);
        if (lead.billions() > 0 && random.nextBoolean()) {
            return "A " + ModelPool.sizeText(lead.billions()) + "B-parameter model, " + lead.name()
                    + ", from " + plan.organisation() + ".";
        }
        if (own.size() == 1) {
            return lead.billions() > 0
                    ? lead.name() + " has " + ModelPool.sizeText(lead.billions()) + " billion parameters."
                    : lead.name() + " is the new model from " + plan.organisation() + "; no parameter count is given.";
        }
        List<String> names = new ArrayList<>();
        for (PoolModel m : own) {
            names.add(m.name());
        }
        return "The " + plan.line() + " family comes in " + own.size() + " sizes: " + join(names, "and") + ".";
    }

    static String context(PaperPlan plan) {
        int k = plan.contextTokens() / 1024;
        return switch (k % 3) {
            case 0 -> k + "K context length.";
            case 1 -> "Context window: " + k + "k tokens.";
            default -> "Trained with a " + plan.contextTokens() + "-token context window.";
        };
    }

    /** The scores of one benchmark as one sentence, or null when the paper reports none. */
    static String scores(PaperPlan plan, PoolBenchmark b, SplittableRandom random) {
        List<Result> row = new ArrayList<>();
        for (PoolModel m : plan.models()) {
            Result r = plan.result(m, b);
            if (r != null) {
                row.add(r);
            }
        }
        if (row.isEmpty()) {
            return null;
        }
        String bench = b.name() + " (" + b.setting() + ")";
        if (row.size() == 1) {
            Result r = row.get(0);
            return random.nextBoolean()
                    ? r.model().name() + " reaches " + r.text() + " on " + bench + "."
                    : "On " + bench + ", " + r.model().name() + " scores " + r.text() + ".";
        }
        if (row.size() == 2 && random.nextBoolean()) {
            Result a = row.get(0);
            Result c = row.get(1);
            return a.model().name() + " gets " + a.text() + " on " + bench + " against " + c.text() + " for "
                    + c.model().name() + ".";
        }
        StringBuilder s = new StringBuilder(bench).append(": ");
        for (int i = 0; i < row.size(); i++) {
            Result r = row.get(i);
            s.append(i == 0 ? "" : " vs. ").append(r.model().name()).append(' ').append(r.text());
        }
        return s.append('.').toString();
    }

    static String comparison(Comparison c, SplittableRandom random) {
        String subject = c.subject().name();
        String object = c.object().name();
        if (c.similar()) {
            return subject + "'s performance is similar to " + object + ".";
        }
        if (c.benchmark() != null) {
            return subject + " outperforms " + object + " on " + c.benchmark().name() + ".";
        }
        return random.nextBoolean()
                ? subject + " is reported to be better than " + object + "."
                : subject + " outperforms " + object + " on most benchmarks they evaluated.";
    }

    static String abstractText(PaperPlan plan) {
        return "We introduce " + plan.line() + ", a new family of language models developed at "
                + plan.organisation() + ". " + plan.own().get(plan.own().size() - 1).name()
                + " is competitive with much larger models on reasoning, coding and knowledge benchmarks, and we "
                + "release the weights together with an evaluation suite.";
    }

    static String join(List<String> items, String conjunction) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }
}
