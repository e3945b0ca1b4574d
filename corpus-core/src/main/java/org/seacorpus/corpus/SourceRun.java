package org.seacorpus.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import org.seacorpus.document.SourceLocation;
import org.seacorpus.ingest.ImportFailure;

/**
 * One file found by an import's walk, open until it and every archive entry in it have been processed: counts its
 * documents and failures, and when the last hold is released tells {@code finished} the file's
 * {@link SourceTracker.Outcome}. A file read to the end that yielded neither a document nor a failure is reported
 * as a {@code no_documents} failure, so nothing is skipped silently. Thread-safe.
 */
final class SourceRun {
    final Path file;
    final String source;
    final SourceLocation location;
    /** The {@link org.seacorpus.document.SourceStamp} value its documents get; null for none. */
    final String stamp;
    final LongAdder documents = new LongAdder();
    private final AtomicInteger pending = new AtomicInteger(1);
    private final List<ImportFailure> failures = Collections.synchronizedList(new ArrayList<>());
    private final ImportFailures all;
    private final ImportAbort abort;
    private final Consumer<SourceTracker.Outcome> finished;

    /** Open with one hold: the walker's, released once the file is dispatched. */
    SourceRun(Path file, String source, String stamp, ImportFailures all, ImportAbort abort,
              Consumer<SourceTracker.Outcome> finished) {
        this.file = file;
        this.source = source;
        this.location = new SourceLocation(SourceNaming.location(file));
        this.stamp = stamp;
        this.all = all;
        this.abort = abort;
        this.finished = finished;
    }

    /** The file as a report names it: as the walk found it (the path as the user gave it). */
    String path() {
        return file.toString();
    }

    /** A failure of this file or a part of it, in the import's list and this file's. */
    void fail(String part, ImportFailure.Kind kind, String error, String detail) {
        all.add(failures, path(), part, kind, error, detail);
    }

    /** An error nobody expected on this file or a part of it; false when it is the JVM's, not the input's. */
    boolean unexpected(String part, Throwable e) {
        return all.addUnexpected(failures, path(), part, e);
    }

    void hold() {
        pending.incrementAndGet();
    }

    void release() {
        if (pending.decrementAndGet() == 0) {
            if (documents.sum() == 0 && failures.isEmpty() && !abort.happened()) {
                fail("", ImportFailure.Kind.NO_DOCUMENTS, "no documents found: the file was read but yielded nothing",
                        "");
            }
            List<ImportFailure> failed;
            synchronized (failures) {
                failed = List.copyOf(failures);
            }
            finished.accept(new SourceTracker.Outcome(file, source, stamp, documents.sum(), failed));
        }
    }
}
