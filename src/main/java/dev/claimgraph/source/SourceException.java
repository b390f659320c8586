package dev.claimgraph.source;

/** A summary file that could not be read, named by file and, where known, by line. */
public final class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final int line;

    /**
     * @param fileName the file's name, which starts the message
     * @param line the 1-based line the problem is on, or 0 when unknown
     * @param detail what went wrong
     */
    public SourceException(String fileName, int line, String detail) {
        this(fileName, line, detail, null);
    }

    public SourceException(String fileName, int line, String detail, Throwable cause) {
        super(format(fileName, line, detail), cause);
        this.fileName = fileName;
        this.line = Math.max(0, line);
    }

    private static String format(String fileName, int line, String detail) {
        return line > 0 ? fileName + ": line " + line + ": " + detail : fileName + ": " + detail;
    }

    /** The name of the file that failed. */
    public String fileName() {
        return fileName;
    }

    /** The 1-based line of the problem, or 0 when unknown. */
    public int line() {
        return line;
    }
}
