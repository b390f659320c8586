package dev.claimgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Writes generated corpora to disk and reads corpora into memory. */
public final class Corpus {

    private Corpus() {}

    /**
     * Writes summaries 0 to count-1 of a generator into a folder, one file each, one at a time so
     * memory stays flat whatever the count.
     *
     * @return the bytes written
     */
    public static long write(SummaryGenerator generator, long count, Path folder) throws IOException {
        Files.createDirectories(folder);
        long bytes = 0;
        for (long i = 0; i < count; i++) {
            GeneratedSummary s = generator.generate(i);
            byte[] data = s.bytes();
            Files.write(folder.resolve(s.fileName()), data);
            bytes += data.length;
        }
        return bytes;
    }

    /** Summaries 0 to count-1 of a generator, in memory. */
    public static List<SourceText> generate(SummaryGenerator generator, int count) {
        List<SourceText> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            GeneratedSummary s = generator.generate(i);
            texts.add(new SourceText(s.fileName(), s.text()));
        }
        return texts;
    }

    /** Every regular file of a folder (not its subfolders), in file-name order, as text. */
    public static List<SourceText> load(Path folder, int limit) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().limit(limit).toList();
        }
        List<SourceText> texts = new ArrayList<>(files.size());
        for (Path f : files) {
            texts.add(new SourceText(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
        }
        return texts;
    }
}
