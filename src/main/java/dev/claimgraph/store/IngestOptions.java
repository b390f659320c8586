package dev.claimgraph.store;

/**
 * How an ingest run works: documents per write transaction and threads that read and extract.
 *
 * @param batchSize documents written per transaction; a batch commits whole or not at all
 * @param threads threads reading, extracting and mapping files
 */
public record IngestOptions(int batchSize, int threads) {

    public static final int DEFAULT_BATCH_SIZE = 500;

    public IngestOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    /** Batches of 200, one thread per available processor. */
    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_BATCH_SIZE, Runtime.getRuntime().availableProcessors());
    }

    public IngestOptions withBatchSize(int size) {
        return new IngestOptions(size, threads);
    }

    public IngestOptions withThreads(int count) {
        return new IngestOptions(batchSize, count);
    }
}
