package dev.claimgraph.bench;

import java.nio.file.Path;

/**
 * What a benchmark run measures.
 *
 * @param count summaries to generate, or the most to read from {@code corpus}
 * @param seed generator seed
 * @param corpus an existing folder of summaries to use instead of generating, or null
 * @param work the folder for the stores, the generated corpus and the N-Quads file; emptied first
 * @param threads extraction threads for the parallel figures and the ingest
 * @param batchSize documents the ingest writes together
 * @param documentsPerCommit documents per write transaction of the ingest
 * @param warmUpSeconds how long extraction runs before it is timed
 * @param extractionSample at most this many summaries are timed for the extraction rates
 * @param queries whether to time the representative queries
 * @param queryRuns timed runs per query
 */
public record BenchOptions(int count, long seed, Path corpus, Path work, int threads, int batchSize,
        int documentsPerCommit, int warmUpSeconds, int extractionSample, boolean queries, int queryRuns) {

    public BenchOptions {
        if (count <= 0 || threads <= 0 || batchSize <= 0 || documentsPerCommit <= 0 || warmUpSeconds < 0
                || extractionSample <= 0 || queryRuns <= 0) {
            throw new IllegalArgumentException("counts must be positive");
        }
    }
}
