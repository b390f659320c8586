package dev.claimgraph.store;

import dev.claimgraph.extract.ExtractionResult;
import dev.claimgraph.extract.Extractor;
import dev.claimgraph.rdf.ClaimGraphMapper;
import dev.claimgraph.rdf.Hashes;
import dev.claimgraph.source.Document;
import dev.claimgraph.source.SourceException;
import dev.claimgraph.source.SourceReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;

/**
 * Reads, extracts and maps summary files on several threads and stores them in batches, one
 * write transaction per batch, skipping files whose content and extractor version are stored.
 *
 * <p>Files are taken in {@link SourceFiles} order and committed in that order whatever the
 * threads do, so two runs over the same input write the same batches. A file that fails is
 * reported and left out; the rest go on. A run asked to stop takes no further files, commits
 * the batch it holds and returns what it has done.
 */
public final class IngestPipeline {

    private final DocumentSink store;
    private final Extractor extractor;
    private final ClaimGraphMapper mapper;
    private final SourceReader reader;
    private final IngestOptions options;

    public IngestPipeline(ClaimStore store, Extractor extractor, ClaimGraphMapper mapper, IngestOptions options) {
        this(store, extractor, mapper, new SourceReader(), options);
    }

    public IngestPipeline(ClaimStore store, Extractor extractor, ClaimGraphMapper mapper, SourceReader reader,
            IngestOptions options) {
        this(DocumentSink.of(store), extractor, mapper, reader, options);
    }

    /** A pipeline that writes to any sink, such as a remote store. */
    public IngestPipeline(DocumentSink store, Extractor extractor, ClaimGraphMapper mapper, SourceReader reader,
            IngestOptions options) {
        this.store = store;
        this.extractor = extractor;
        this.mapper = mapper;
        this.reader = reader;
        this.options = options;
    }

    /** Ingests the files under the paths (files or folders). */
    public IngestReport run(List<Path> paths, ProgressListener listener) {
        return run(paths, listener, () -> false);
    }

    /**
     * As {@link #run(List, ProgressListener)}, stopping early once {@code stopRequested} turns
     * true: the report then holds only the files done before the stop.
     */
    public IngestReport run(List<Path> paths, ProgressListener listener, BooleanSupplier stopRequested) {
        long start = System.nanoTime();
        int total = SourceFiles.count(paths);
        listener.started(total);
        Map<String, StoredSource> stored = new HashMap<>();
        store.sources().forEach(s -> stored.put(s.fileName(), s));
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), new WorkerThreads());
        try (Stream<Path> files = SourceFiles.stream(paths)) {
            Run run = new Run(total, listener);
            // A bounded window of work in flight: enough to keep the threads busy, never the whole corpus.
            int window = options.threads() * 4;
            Deque<Future<Prepared>> inFlight = new ArrayDeque<>();
            Iterator<Path> it = files.iterator();
            boolean stopped = false;
            while (it.hasNext() || !inFlight.isEmpty()) {
                if (stopRequested.getAsBoolean()) {
                    stopped = true;
                    // Files still in flight were never accepted, so dropping them leaves no half-written batch.
                    inFlight.forEach(f -> f.cancel(true));
                    break;
                }
                while (it.hasNext() && inFlight.size() < window) {
                    Path file = it.next();
                    StoredSource known = stored.get(FileResult.documentName(file));
                    inFlight.add(pool.submit(() -> prepare(file, known)));
                }
                run.accept(await(inFlight.poll()));
            }
            run.finish();
            // A stopped run leaves the table marked stale, which readers cope with; the next run rebuilds it.
            if (!stopped) {
                listener.finishing();
                store.finish();
            }
            return new IngestReport(run.results, run.results.stream().mapToLong(FileResult::quads).sum(),
                    Duration.ofNanos(System.nanoTime() - start));
        } finally {
            pool.shutdownNow();
            // Anything still uncommitted here comes from a run that failed; it was never reported as stored.
            store.abort();
        }
    }

    /** Reads, hashes and, unless the store has this content already, extracts and maps one file. */
    private Prepared prepare(Path file, StoredSource known) {
        String name = FileResult.documentName(file);
        try {
            Document doc = reader.read(file);
            String hash = Hashes.sha256(doc.text());
            if (known != null && known.contentHash().equals(hash)
                    && known.extractorVersion().equals(Extractor.VERSION)) {
                return new Prepared(file, new FileResult(file, doc.name(), FileStatus.SKIPPED, "", 0), null);
            }
            ExtractionResult result = extractor.extract(doc);
            Graph graph = mapper.map(result, hash, Extractor.VERSION);
            return new Prepared(file, null, new DocumentGraph(doc.name(), hash, Extractor.VERSION, graph));
        } catch (SourceException e) {
            return failed(file, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(file, name + ": cannot extract: " + describe(e));
        }
    }

    private static Prepared failed(Path file, String message) {
        return new Prepared(file, FileResult.failed(file, oneLine(message)), null);
    }

    private static Prepared await(Future<Prepared> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            // prepare() catches what extraction throws; anything else is a programming error.
            throw new IllegalStateException("ingest worker failed: " + describe(e.getCause()), e.getCause());
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /**
     * A file after the workers: a final result (skipped, failed), a graph to write, or the result
     * of writing it ({@code written}), which counts only once its transaction commits.
     */
    private record Prepared(Path file, FileResult result, DocumentGraph graph, boolean written) {

        Prepared(Path file, FileResult result, DocumentGraph graph) {
            this(file, result, graph, false);
        }
    }

    /**
     * The state of one run on the calling thread: names taken, files waiting in order for their
     * batch to be written or their transaction to commit, results so far.
     */
    private final class Run {

        private final int total;
        private final ProgressListener listener;
        private final Map<String, Path> names = new HashMap<>();
        private final List<Prepared> pending = new ArrayList<>();
        private final List<FileResult> results = new ArrayList<>();
        private int graphsPending;
        private int writtenSinceCommit;
        private int done;

        Run(int total, ProgressListener listener) {
            this.total = total;
            this.listener = listener;
        }

        void accept(Prepared prepared) {
            Prepared checked = prepared;
            if (prepared.result() == null || prepared.result().status() != FileStatus.FAILED) {
                String name = FileResult.documentName(prepared.file());
                Path first = names.putIfAbsent(name, prepared.file());
                if (first != null) {
                    checked = failed(prepared.file(), prepared.file() + ": duplicate document name " + name
                            + ": already ingested from " + first);
                }
            }
            pending.add(checked);
            if (checked.graph() != null) {
                graphsPending++;
            } else {
                progress(1);
            }
            if (graphsPending >= options.batchSize()) {
                write();
            } else if (graphsPending == 0 && writtenSinceCommit == 0) {
                // Nothing waits for a write or a commit, so skipped and failed files are reported at once.
                report();
            }
        }

        /** Writes the graphs waiting, committing when enough documents are written since the last commit. */
        void write() {
            List<DocumentGraph> graphs = pending.stream().map(Prepared::graph).filter(g -> g != null).toList();
            graphsPending = 0;
            if (!graphs.isEmpty()) {
                try {
                    List<IngestOutcome> outcomes = store.putAll(graphs);
                    int i = 0;
                    for (int p = 0; p < pending.size(); p++) {
                        Prepared prepared = pending.get(p);
                        if (prepared.graph() != null) {
                            pending.set(p, stored(prepared, outcomes.get(i++)));
                        }
                    }
                    writtenSinceCommit += graphs.size();
                } catch (RuntimeException e) {
                    store.abort();
                    failUncommitted("the batch of " + graphs.size() + " documents failed", e);
                    progress(graphs.size());
                    return;
                }
            }
            if (!store.defersWrites() || writtenSinceCommit >= options.documentsPerCommit()) {
                commit();
            }
            // After the commit, so that progress seen after a commit point means those files are durable.
            progress(graphs.size());
        }

        /** Writes what waits and makes everything written durable, then reports it. */
        void finish() {
            write();
            commit();
        }

        private void commit() {
            if (writtenSinceCommit > 0) {
                try {
                    store.commit();
                } catch (RuntimeException e) {
                    store.abort();
                    failUncommitted("the commit failed", e);
                }
            }
            report();
        }

        /** Marks the batch that failed, and every file written since the last commit, as not stored. */
        private void failUncommitted(String what, RuntimeException e) {
            String why = oneLine(describe(e));
            for (int p = 0; p < pending.size(); p++) {
                Prepared prepared = pending.get(p);
                boolean lost = prepared.graph() != null
                        || prepared.written() && prepared.result().status() != FileStatus.SKIPPED;
                if (lost) {
                    String name = prepared.graph() != null ? prepared.graph().sourceName() : prepared.result().document();
                    pending.set(p, failed(prepared.file(), name + ": not stored: " + what + ": " + why));
                }
            }
            report();
        }

        private Prepared stored(Prepared prepared, IngestOutcome outcome) {
            FileStatus status = switch (outcome) {
                case ADDED -> FileStatus.ADDED;
                case REPLACED -> FileStatus.REPLACED;
                case SKIPPED -> FileStatus.SKIPPED;
            };
            long size = status == FileStatus.SKIPPED ? 0 : prepared.graph().graph().size();
            // The graph is dropped here: a long transaction must not keep every document in memory.
            return new Prepared(prepared.file(),
                    new FileResult(prepared.file(), prepared.graph().sourceName(), status, "", size), null, true);
        }

        private void progress(int files) {
            done += files;
            listener.progress(done, total);
        }

        private void report() {
            for (Prepared prepared : pending) {
                results.add(prepared.result());
                listener.fileDone(prepared.result(), results.size(), total);
            }
            pending.clear();
            writtenSinceCommit = 0;
        }
    }

    /** Daemon threads, so an abandoned run never keeps the JVM alive. */
    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "claimgraph-ingest-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
