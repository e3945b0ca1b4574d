package org.seacorpus.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.seacorpus.ingest.FailureReason;
import org.seacorpus.ingest.ImportFailure;

/**
 * What an import could not read, and what it skipped on purpose, collected from every worker; sorted by path for
 * the report. Also the one place that decides what an unexpected error means: a failure of the input at hand
 * (the heap running out on it included), or, for a broken JVM, the end of the import. Thread-safe.
 */
final class ImportFailures {
    private final List<ImportFailure> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<ImportReport.Skipped> skipped = Collections.synchronizedList(new ArrayList<>());

    /** Records a failure, in the job's list and in {@code perSource} (the failures of one file), when given. */
    void add(List<ImportFailure> perSource, String path, String part, ImportFailure.Kind kind, String error,
             String detail) {
        ImportFailure failure = new ImportFailure(path, part == null ? "" : part, error, kind, detail);
        failures.add(failure);
        if (perSource != null) {
            perSource.add(failure);
        }
    }

    /** Records a failure of a throwable nobody expected; false when it is not the input's but the JVM's. */
    boolean addUnexpected(List<ImportFailure> perSource, String path, String part, Throwable e) {
        if (e instanceof OutOfMemoryError) {
            add(perSource, path, part, ImportFailure.Kind.INTERNAL, OUT_OF_MEMORY, FailureReason.detail(e));
            return true;
        }
        if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
            return false;
        }
        add(perSource, path, part, ImportFailure.Kind.INTERNAL, FailureReason.of(e), FailureReason.detail(e));
        return true;
    }

    /** What an input that ran the heap out is told. */
    static final String OUT_OF_MEMORY = "ran out of memory while importing this input: the heap is too small for "
            + "it; give Java more (CORPUS_JAVA_OPTS=-Xmx4g) or use fewer --threads";

    void skipped(Path path, String reason) {
        skipped.add(new ImportReport.Skipped(path.toString(), reason));
    }

    int size() {
        return failures.size();
    }

    List<ImportFailure> sorted() {
        List<ImportFailure> out;
        synchronized (failures) {
            out = new ArrayList<>(failures);
        }
        out.sort(Comparator.comparing(ImportFailure::path).thenComparing(ImportFailure::part));
        return out;
    }

    List<ImportReport.Skipped> sortedSkips() {
        List<ImportReport.Skipped> out;
        synchronized (skipped) {
            out = new ArrayList<>(skipped);
        }
        out.sort(Comparator.comparing(ImportReport.Skipped::path));
        return out;
    }
}
