package dev.claimgraph.store;

import java.time.Duration;
import java.util.List;

/**
 * What an ingest run did, file by file, in the order the files were found.
 *
 * @param files one result per file found
 * @param quadsWritten quads written for added and replaced documents
 * @param elapsed wall-clock time of the run
 */
public record IngestReport(List<FileResult> files, long quadsWritten, Duration elapsed) {

    public IngestReport {
        files = List.copyOf(files);
    }

    public long added() {
        return count(FileStatus.ADDED);
    }

    public long replaced() {
        return count(FileStatus.REPLACED);
    }

    public long skipped() {
        return count(FileStatus.SKIPPED);
    }

    public long failed() {
        return count(FileStatus.FAILED);
    }

    /** The number of files with a status. */
    public long count(FileStatus status) {
        return files.stream().filter(f -> f.status() == status).count();
    }

    /** The files that failed, with their messages. */
    public List<IngestFailure> failures() {
        return files.stream()
                .filter(f -> f.status() == FileStatus.FAILED)
                .map(f -> new IngestFailure(f.file(), f.message()))
                .toList();
    }

    /** True when no file failed. */
    public boolean succeeded() {
        return failed() == 0;
    }
}
