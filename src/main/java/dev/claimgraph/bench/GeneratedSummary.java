package dev.claimgraph.bench;

import java.nio.charset.StandardCharsets;

/** One synthetic summary: a unique file name, its layout and its text. */
public record GeneratedSummary(String fileName, SummaryStyle style, String text) {

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
