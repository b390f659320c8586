package dev.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuantityFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Nano-1 (1.8B params) runs on phones.         | 1800000000",
        "and Nano-2 (3.25B params).                   | 3250000000",
        "a 7-billion-parameter language model         | 7000000000",
        "A 7.3B-parameter model that wins             | 7300000000",
        "it has 540B parameters                       | 540000000000",
        "uses 350M parameters                         | 350000000",
    })
    void readsParameterCounts(String text, long count) {
        List<QuantityMention> found = QuantityFinder.find(text);
        assertThat(found).extracting(QuantityMention::value).containsExactly(count);
        assertThat(found.get(0).kind()).isEqualTo(QuantityMention.Kind.PARAMETERS);
    }

    @Test
    void readsTotalAndActiveCounts() {
        QuantityMention q = QuantityFinder.find("It has 141B total with 39B active parameters.").get(0);
        assertThat(q.value()).isEqualTo(141_000_000_000L);
        assertThat(q.active()).isEqualTo(39_000_000_000L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "32K context length.                      | 32768",
        "a 32k-token context window               | 32768",
        "with the context length doubled to 4096 tokens | 4096",
        "Context window: 4k tokens.               | 4096",
        "a context window of 1M tokens            | 1048576",
    })
    void readsContextLengths(String text, long tokens) {
        assertThat(QuantityFinder.find(text)).filteredOn(q -> q.kind() == QuantityMention.Kind.CONTEXT_LENGTH)
                .extracting(QuantityMention::value).containsExactly(tokens);
    }

    @Test
    void rangesOfSizesAreNotCounts() {
        assertThat(QuantityFinder.find("ranging from 7 billion to 70 billion parameters")).isEmpty();
    }

    @Test
    void tokenCountsAreNotParameters() {
        assertThat(QuantityFinder.find("trained on 2 trillion tokens")).isEmpty();
    }
}
