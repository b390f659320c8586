package dev.claimgraph.bench;

/** The labels of the figures a benchmark run prints, shared with whoever reads them. */
public final class FigureLabels {

    public static final String SUMMARIES = "summaries";
    public static final String CORPUS_SIZE = "corpus size";
    public static final String EXTRACTION_ONE = "extraction rate, 1 thread";
    public static final String EXTRACTION_ALL = "extraction rate, all threads";
    public static final String EXTRACTION_PER_CORE = "extraction rate per thread, all threads";
    public static final String EXTRACTION_ONE_CPU = "extraction rate per CPU second, 1 thread";
    public static final String EXTRACTION_ALL_CPU = "extraction rate per CPU second, all threads";
    public static final String LOAD_BEFORE = "load average before";
    public static final String LOAD_AFTER = "load average after";
    public static final String INGEST_TIME = "ingest time";
    public static final String INGEST_RATE = "ingest rate";
    public static final String INGEST_QUAD_RATE = "ingest quad rate";
    public static final String QUADS = "quads";
    public static final String INGEST_PEAK_HEAP = "peak heap during ingest";
    public static final String MAX_HEAP = "max heap";
    public static final String STORE_SIZE = "store size on disk";
    public static final String BULK_TIME = "bulk load time";
    public static final String BULK_QUAD_RATE = "bulk load quad rate";
    public static final String BULK_QUADS = "bulk load quads";
    public static final String BULK_STORE_SIZE = "bulk store size on disk";
    public static final String NQUADS_SIZE = "n-quads file size";
    public static final String RATIO = "ingest time / bulk load time";
    public static final String PEAK_HEAP = "peak heap, whole run";

    /** The label of a query's median latency. */
    public static String queryMedian(String query) {
        return "query " + query + " median";
    }

    /** The label of a query's 95th-percentile latency. */
    public static String queryP95(String query) {
        return "query " + query + " p95";
    }

    private FigureLabels() {}
}
