package dev.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The summary files under some paths, in a fixed order: each path in the order given, folders
 * walked depth-first with entries sorted by name.
 *
 * <p>Inside folders, hidden entries and files that are not {@code .txt}, {@code .md},
 * {@code .markdown} or {@code .json} are left out; a file named directly is always taken, so
 * that reading it can say what is wrong with it. Only one folder's listing is held at a time
 * per level, so a corpus of any size streams.
 */
public final class SourceFiles {

    private static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "json");

    private SourceFiles() {}

    /** The files, lazily; a folder that cannot be listed fails the stream with an UncheckedIOException. */
    public static Stream<Path> stream(List<Path> paths) {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(new Walker(paths), Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    /** How many files {@link #stream} yields. */
    public static int count(List<Path> paths) {
        try (Stream<Path> files = stream(paths)) {
            return Math.toIntExact(files.count());
        }
    }

    /** True for a file name a folder walk takes. */
    public static boolean isSummaryName(String fileName) {
        if (fileName.startsWith(".")) {
            return false;
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Depth-first over a stack of pending entries, so memory grows with depth times folder size only. */
    private static final class Walker implements Iterator<Path> {

        private final Deque<Path> pending = new ArrayDeque<>();
        private Path next;

        Walker(List<Path> roots) {
            for (int i = roots.size() - 1; i >= 0; i--) {
                pending.push(roots.get(i));
            }
        }

        @Override
        public boolean hasNext() {
            while (next == null && !pending.isEmpty()) {
                Path path = pending.pop();
                if (Files.isDirectory(path)) {
                    List<Path> children = list(path);
                    for (int i = children.size() - 1; i >= 0; i--) {
                        pending.push(children.get(i));
                    }
                } else {
                    next = path;
                }
            }
            return next != null;
        }

        @Override
        public Path next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Path result = next;
            next = null;
            return result;
        }

        private static List<Path> list(Path folder) {
            try (Stream<Path> entries = Files.list(folder)) {
                return entries
                        .filter(p -> !isHidden(p))
                        .filter(p -> Files.isDirectory(p) || isSummaryName(p.getFileName().toString()))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(folder + ": cannot list folder: " + e.getMessage(), e);
            }
        }

        private static boolean isHidden(Path p) {
            Path name = p.getFileName();
            return name != null && name.toString().startsWith(".");
        }
    }
}
