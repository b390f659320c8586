package dev.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a score was obtained: number of shots, chain-of-thought, samples voted over, pass@k.
 *
 * <p>Two claims share a setting exactly when their settings are equal; {@link #slug()} names
 * the setting in IRIs and {@link #label()} in tables.
 *
 * @param shots number of in-context examples (0 for zero-shot), or null
 * @param fewShot true for "few-shot" without a number
 * @param chainOfThought true for chain-of-thought prompting
 * @param samples k of maj@k, CoT@k or Maj1@k, or null
 * @param passAt k of pass@k, or null
 */
public record Setting(Integer shots, boolean fewShot, boolean chainOfThought, Integer samples, Integer passAt) {

    /** No setting stated. */
    public static final Setting NONE = new Setting(null, false, false, null, null);

    public Setting {
        if (shots != null && shots < 0 || samples != null && samples < 1 || passAt != null && passAt < 1) {
            throw new IllegalArgumentException("shots, samples and pass@k must be positive");
        }
        if (shots != null) {
            fewShot = false;
        }
    }

    /** Reads a setting written as in the summaries: "5-shot", "CoT@32", "0-shot pass@1", "maj@8". */
    public static Setting parse(String text) {
        if (text.isBlank() || text.strip().equalsIgnoreCase("none")) {
            return NONE;
        }
        StringBuilder rest = new StringBuilder(text);
        List<SettingParser.Found> found = SettingParser.find(text);
        for (SettingParser.Found f : found) {
            for (int i = f.start(); i < f.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        // Every word must belong to a setting: "5-shot; DROP ALL" is not one.
        if (found.isEmpty() || !rest.toString().replaceAll("(?i)[\\s,;+&()]|\\band\\b|\\bwith\\b", "").isEmpty()) {
            String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
            throw new IllegalArgumentException("not an evaluation setting: '" + shown.replaceAll("\\p{Cntrl}", "?")
                    + "' (try forms like 5-shot, 0-shot pass@1, CoT@32, maj@8, 5-shot CoT)");
        }
        return SettingParser.parseAll(text);
    }

    /** True when nothing is stated. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** This setting with every field the other states and this one does not. */
    public Setting orElse(Setting other) {
        return new Setting(
                shots != null ? shots : (fewShot ? null : other.shots),
                fewShot || (shots == null && other.fewShot),
                chainOfThought || other.chainOfThought,
                samples != null ? samples : other.samples,
                passAt != null ? passAt : other.passAt);
    }

    /** Canonical display form: "5-shot", "CoT@32", "8-shot maj@8", "0-shot pass@1", or "" for none. */
    public String label() {
        List<String> parts = new ArrayList<>();
        if (shots != null) {
            parts.add(shots + "-shot");
        } else if (fewShot) {
            parts.add("few-shot");
        }
        if (chainOfThought && samples != null) {
            parts.add("CoT@" + samples);
        } else {
            if (chainOfThought) {
                parts.add("CoT");
            }
            if (samples != null) {
                parts.add("maj@" + samples);
            }
        }
        if (passAt != null) {
            parts.add("pass@" + passAt);
        }
        return String.join(" ", parts);
    }

    /** IRI-safe name: "5-shot", "cot-32", "8-shot-maj-8", or "unspecified". */
    public String slug() {
        String label = label();
        if (label.isEmpty()) {
            return "unspecified";
        }
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    @Override
    public String toString() {
        return isEmpty() ? "(no setting)" : label();
    }
}
