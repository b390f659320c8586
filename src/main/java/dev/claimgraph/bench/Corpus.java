package dev.claimgraph.bench;

import dev.claimgraph.store.SourceFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** Writes generated corpora to disk and reads corpora, in the order the ingest takes the files. */
public final class Corpus {

    private Corpus() {}

    /** How many summary files a folder has, up to a limit, and their bytes; complete when none was left out. */
    public record Summary(long files, long bytes, boolean complete) {}

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

    /** The first {@code limit} summary files of a folder, as text. */
    public static List<SourceText> load(Path folder, int limit) throws IOException {
        List<SourceText> texts = new ArrayList<>();
        for (Path f : first(folder, limit)) {
            texts.add(new SourceText(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
        }
        return texts;
    }

    /** Counts the first {@code limit} summary files of a folder without reading them. */
    public static Summary summarise(Path folder, long limit) throws IOException {
        long files = 0;
        long bytes = 0;
        try (Stream<Path> all = SourceFiles.stream(List.of(folder))) {
            Iterator<Path> it = all.iterator();
            while (it.hasNext()) {
                Path f = it.next();
                if (files == limit) {
                    return new Summary(files, bytes, false);
                }
                files++;
                bytes += Files.size(f);
            }
        }
        return new Summary(files, bytes, true);
    }

    /** Links (or, across file systems, copies) the first {@code limit} summary files into a new folder. */
    public static Path copyFirst(Path folder, long limit, Path target) throws IOException {
        DiskUsage.delete(target);
        Files.createDirectories(target);
        for (Path f : first(folder, limit)) {
            Path to = target.resolve(f.getFileName());
            try {
                Files.createLink(to, f);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(f, to);
            }
        }
        return target;
    }

    private static List<Path> first(Path folder, long limit) {
        try (Stream<Path> all = SourceFiles.stream(List.of(folder))) {
            return all.limit(limit).toList();
        }
    }
}
