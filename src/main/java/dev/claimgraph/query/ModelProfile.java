package dev.claimgraph.query;

import java.util.ArrayList;
import java.util.List;

/**
 * All the store knows about one model.
 *
 * @param model the model's label (the name asked for when the store does not know it)
 * @param iri the model's IRI
 * @param aliases its alternative labels
 * @param developers who built it, with the basis and source of each statement
 * @param parameters its parameter counts, per source
 * @param contextLengths its context lengths, per source
 * @param scores its scores, one per benchmark and setting, summarised over the sources
 * @param comparisons stated comparisons with it as subject or object, those most sources state when limited
 * @param comparisonCount how many distinct comparisons the sources state, listed or not
 */
public record ModelProfile(String model, String iri, List<String> aliases, List<DeveloperFact> developers,
        List<QuantityFact> parameters, List<QuantityFact> contextLengths, List<ModelScore> scores,
        List<ComparisonFact> comparisons, int comparisonCount) {

    public ModelProfile {
        aliases = List.copyOf(aliases);
        developers = List.copyOf(developers);
        parameters = List.copyOf(parameters);
        contextLengths = List.copyOf(contextLengths);
        scores = List.copyOf(scores);
        comparisons = List.copyOf(comparisons);
    }

    /** True when no source says anything about the model. */
    public boolean isEmpty() {
        return developers.stream().allMatch(d -> d.source() == null) && parameters.isEmpty()
                && contextLengths.isEmpty() && scores.isEmpty() && comparisons.isEmpty();
    }

    /** The profile as table lines, one fact each. */
    public List<ProfileFact> facts() {
        List<ProfileFact> facts = new ArrayList<>();
        aliases.forEach(a -> facts.add(new ProfileFact("alias", a, "", "")));
        developers.forEach(d -> facts.add(new ProfileFact("organisation", d.organisation(), d.basis(),
                sources(d.source(), d.sourceCount()))));
        parameters.forEach(q -> facts.add(new ProfileFact("parameters", q.text() != null ? q.text()
                : Long.toString(q.value()), q.activeValue() == null ? "" : q.activeValue() + " active",
                sources(q.source(), q.sourceCount()))));
        contextLengths.forEach(q -> facts.add(new ProfileFact("context length", q.text() != null ? q.text()
                : Long.toString(q.value()), q.value() + " tokens", sources(q.source(), q.sourceCount()))));
        scores.forEach(s -> facts.add(new ProfileFact("score", s.benchmark() + " " + s.describe(), s.setting(),
                s.sourceCount() + (s.sourceCount() == 1 ? " source" : " sources"))));
        comparisons.forEach(c -> facts.add(new ProfileFact("comparison", c.describe(), "",
                sources(c.source(), c.sourceCount()))));
        int unlisted = comparisonCount - comparisons.size();
        if (unlisted > 0) {
            facts.add(new ProfileFact("comparison", "… and " + unlisted + " more, stated by fewer sources", "",
                    "--limit 0 lists all"));
        }
        return facts;
    }

    /** "llama2-2023.txt", or "llama2-2023.txt and 2 more" where several summaries say the same. */
    private static String sources(String example, int count) {
        if (example == null) {
            return "";
        }
        return count > 1 ? example + " and " + (count - 1) + " more" : example;
    }
}
