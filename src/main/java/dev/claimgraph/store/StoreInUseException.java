package dev.claimgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The store folder is locked by another process, which TDB2 allows only one of at a time. */
public final class StoreInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    /** TDB2 writes the owning process's id into this file. */
    static final String LOCK_FILE = "tdb.lock";

    private final transient Path folder;
    private final OptionalLong pid;

    public StoreInUseException(Path folder, OptionalLong pid, Throwable cause) {
        super("the store " + folder + " is in use by "
                + (pid.isPresent() ? "process " + pid.getAsLong() : "another process")
                + " (close it or choose another --db folder)", cause);
        this.folder = folder;
        this.pid = pid;
    }

    /** The locked store folder. */
    public Path folder() {
        return folder;
    }

    /** The process holding the lock, when the lock file names it. */
    public OptionalLong pid() {
        return pid;
    }

    /**
     * Opens a store, turning TDB2's lock failure into this exception; TDB2 raises it when the
     * folder is connected, not at the first transaction.
     */
    public static <T> T whileOpening(Path folder, java.util.function.Supplier<T> open) {
        try {
            return open.get();
        } catch (org.apache.jena.dboe.DBOpEnvException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("lock")) {
                throw new StoreInUseException(folder, lockOwner(folder), e);
            }
            throw e;
        }
    }

    /** The process id in a store folder's lock file, if there is one. */
    static OptionalLong lockOwner(Path folder) {
        try {
            String text = Files.readString(folder.resolve(LOCK_FILE)).trim();
            return OptionalLong.of(Long.parseLong(text));
        } catch (java.io.IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
