package dev.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SettingParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5-shot                          | 5-shot",
        "0-shot pass@1                   | 0-shot pass@1",
        "zero-shot                       | 0-shot",
        "one-shot                        | 1-shot",
        "few-shot                        | few-shot",
        "CoT@32                          | CoT@32",
        "COT@32 (32 samples)             | CoT@32",
        "8-shot, maj@8                   | 8-shot maj@8",
        "Maj1@32                         | maj@32",
        "5-shot chain-of-thought         | 5-shot CoT",
        "SFT & 5-shot CoT                | 5-shot CoT",
        "4-shot, maj@4                   | 4-shot maj@4",
        "25 shots                        | 25-shot",
        "pass@100 (100 samples per task) | pass@100",
    })
    void readsTheSettingsOfSummaries(String text, String label) {
        assertThat(SettingParser.parseAll(text).label()).isEqualTo(label);
    }

    @Test
    void slugsNameSettingsInIris() {
        assertThat(Setting.parse("CoT@32").slug()).isEqualTo("cot-32");
        assertThat(Setting.parse("8-shot maj@8").slug()).isEqualTo("8-shot-maj-8");
        assertThat(Setting.NONE.slug()).isEqualTo("unspecified");
    }

    @Test
    void parseRejectsTextWithoutASetting() {
        assertThatThrownBy(() -> Setting.parse("banana")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("banana");
    }

    @Test
    void findsEachPhraseWithItsPlace() {
        String text = "MMLU (5-shot) and GSM8K (maj@8)";
        assertThat(SettingParser.find(text)).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("5-shot", "maj@8");
    }

    @Test
    void parseTakesOnlyTextThatIsAllSetting() {
        assertThat(Setting.parse("8-shot, maj@8").label()).isEqualTo("8-shot maj@8");
        assertThatThrownBy(() -> Setting.parse("5-shot\" } ; DROP ALL ; #"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("\n");
    }

    @Test
    void zeroCountsAreNotSettings() {
        assertThat(SettingParser.parseAll("maj@0 and pass@0")).isEqualTo(Setting.NONE);
    }
}
