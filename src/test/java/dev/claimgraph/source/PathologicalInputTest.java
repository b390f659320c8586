package dev.claimgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class PathologicalInputTest {

    private static final int SIZE = 400_000;

    @Test
    void largeOddInputsAreReadInLinearTime() {
        List<String> inputs = List.of(
                "[".repeat(SIZE) + "](" + "(".repeat(SIZE),
                "*a _b ".repeat(SIZE / 6),
                "<a \"".repeat(SIZE / 4),
                "&#x".repeat(SIZE / 3),
                "| a ".repeat(SIZE / 4) + "\n|---|\n" + "| b \\| c ".repeat(SIZE / 8),
                "  1. item\n".repeat(SIZE / 10),
                "- a\n" + "  ".repeat(2000) + "- deep\n",
                "<table>" + "<tr><td>x".repeat(SIZE / 10),
                "-".repeat(SIZE) + "x|");
        SourceReader reader = new SourceReader();
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String text : inputs) {
                for (String name : List.of("p.txt", "p.md")) {
                    Document doc = reader.read(name, text);
                    assertThat(doc.text()).isEqualTo(text);
                }
            }
        });
    }
}
