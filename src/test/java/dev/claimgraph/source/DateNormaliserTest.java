package dev.claimgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateNormaliserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dec 8th, 2023|2023-12-08",
        "Mar 15th, 2023|2023-03-15",
        "December 8, 2023|2023-12-08",
        "Sept. 1st 2022|2022-09-01",
        "8 December 2023|2023-12-08",
        "22nd of July 2021|2021-07-22",
        "2024-01-08|2024-01-08",
        "2023/07/18|2023-07-18",
        "2023.7.3|2023-07-03",
        "2023年7月18日|2023-07-18",
        "2023年7月|2023-07",
        "December 2023|2023-12",
        "Dec. 2023.|2023-12",
        "(2024-02)|2024-02",
        "2023|2023",
    })
    void readsCommonForms(String text, String iso) {
        assertThat(DateNormaliser.normalise(text)).isEqualTo(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "Feb 30th, 2023", "2023-13-01", "Maybe 2023 or 2024", "12345"})
    void refusesWhatIsNotADate(String text) {
        assertThat(DateNormaliser.normalise(text)).isNull();
    }

    @Test
    void findsADateInsideText() {
        assertThat(DateNormaliser.findIn("posted on arXiv on Jun 5th, 2022 (v2 later)")).isEqualTo("2022-06-05");
        assertThat(DateNormaliser.findIn("nothing here")).isNull();
        assertThat(DateNormaliser.normalise(null)).isNull();
    }
}
