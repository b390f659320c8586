package dev.claimgraph.extract;

import java.util.List;

/**
 * A stated comparison of two models ("A outperforms B on MMLU").
 *
 * @param model the subject
 * @param object the model the subject is compared with
 * @param benchmark the benchmark the text ties the comparison to, or null
 * @param setting the setting the text ties it to ({@link Setting#NONE} when none)
 * @param objectSetting the setting of the object's side when the text gives the two sides
 *     different settings, else the same as {@code setting}
 */
public record ComparisonClaim(
        String model,
        Relation relation,
        String object,
        String benchmark,
        Setting setting,
        Setting objectSetting,
        boolean firstParty,
        double confidence,
        List<Span> evidence) implements Claim {

    public ComparisonClaim {
        evidence = List.copyOf(evidence);
    }
}
