package dev.claimgraph.query;

import java.util.List;

/** A place where evaluation settings do not line up: one score under several settings, or a comparison across settings. */
public sealed interface SettingMismatch extends TableRow
        permits ScoreSettingMismatch, ComparisonSettingMismatch {

    /** The model whose scores are involved. */
    String model();

    /** The benchmark involved. */
    String benchmark();

    /** The score reports that show the mismatch. */
    List<ScoreReport> reports();
}
