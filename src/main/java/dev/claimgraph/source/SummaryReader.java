package dev.claimgraph.source;

/** Reads the decoded text of one summary format into a {@link Document}. */
public interface SummaryReader {

    /**
     * @param name the file name, without folders
     * @param text the file's decoded text; every offset in the result points into it
     */
    Document read(String name, String text) throws SourceException;
}
