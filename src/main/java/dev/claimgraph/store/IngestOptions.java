package dev.claimgraph.store;

/**
 * How an ingest run works: documents written together, documents per write transaction, and
 * threads that read and extract.
 *
 * @param batchSize documents held in memory and written together
 * @param threads threads reading, extracting and mapping files
 * @param documentsPerCommit documents written before the transaction commits; TDB2 copies the
 *     index blocks a transaction touches, so fewer, larger transactions keep a large first load
 *     close to the bulk loader in time and store size, while a crash loses at most this many
 */
public record IngestOptions(int batchSize, int threads, int documentsPerCommit) {

    public static final int DEFAULT_BATCH_SIZE = 500;
    public static final int DEFAULT_DOCUMENTS_PER_COMMIT = 25_000;

    public IngestOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (documentsPerCommit < 1) {
            throw new IllegalArgumentException("documents per commit must be at least 1: " + documentsPerCommit);
        }
    }

    /** Given batch size and threads, committing every {@value #DEFAULT_DOCUMENTS_PER_COMMIT} documents. */
    public IngestOptions(int batchSize, int threads) {
        this(batchSize, threads, DEFAULT_DOCUMENTS_PER_COMMIT);
    }

    /** The default batch size and commit interval, one thread per available processor. */
    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_BATCH_SIZE, Runtime.getRuntime().availableProcessors());
    }

    public IngestOptions withBatchSize(int size) {
        return new IngestOptions(size, threads, documentsPerCommit);
    }

    public IngestOptions withThreads(int count) {
        return new IngestOptions(batchSize, count, documentsPerCommit);
    }

    public IngestOptions withDocumentsPerCommit(int count) {
        return new IngestOptions(batchSize, threads, count);
    }
}
