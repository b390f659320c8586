package dev.claimgraph.query;

/**
 * A stated comparison between two models.
 *
 * @param subject the model said to be better or similar
 * @param relation "better" or "similar"
 * @param object the model it is compared with
 * @param benchmark the benchmark's label, or null when the comparison names none
 * @param setting the subject side's setting label, or null
 * @param objectSetting the object side's setting label when it differs, or null
 * @param firstParty true when some paper compares its own model
 * @param source the file name of one summary stating it
 * @param evidence that summary's text stating it
 * @param sourceCount how many summaries state it
 */
public record ComparisonFact(String subject, String relation, String object, String benchmark, String setting,
        String objectSetting, Boolean firstParty, String source, String evidence, int sourceCount) {

    /** "Gemini better than GPT-4 on MMLU (CoT@32)". */
    public String describe() {
        StringBuilder s = new StringBuilder(subject).append(' ').append(relation.equals("better") ? "better than"
                : "similar to").append(' ').append(object);
        if (benchmark != null) {
            s.append(" on ").append(benchmark);
        }
        if (setting != null) {
            s.append(" (").append(setting).append(objectSetting == null ? "" : " vs " + objectSetting).append(')');
        }
        return s.toString();
    }
}
