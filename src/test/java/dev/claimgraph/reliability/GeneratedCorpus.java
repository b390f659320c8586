package dev.claimgraph.reliability;

import dev.claimgraph.bench.GeneratedSummary;
import dev.claimgraph.bench.SummaryGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes synthetic summaries into a folder and remembers which file each document name is. */
final class GeneratedCorpus {

    private GeneratedCorpus() {}

    static Map<String, Path> write(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        SummaryGenerator generator = new SummaryGenerator(StoreChecks.LEXICON, 20240601L);
        Map<String, Path> files = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            GeneratedSummary summary = generator.generate(i);
            Path file = folder.resolve(summary.fileName());
            Files.write(file, summary.bytes());
            files.put(summary.fileName(), file);
        }
        return files;
    }
}
