package org.seacorpus.corpus;

import java.io.IOException;

import org.seacorpus.document.Document;
import org.seacorpus.document.FirstImport;
import org.seacorpus.document.Marks;
import org.seacorpus.document.SourceStamp;
import org.seacorpus.ingest.ImportFailure;
import org.seacorpus.ingest.InputItem;
import org.seacorpus.stage.Pipeline;
import org.seacorpus.stage.StageException;

/**
 * Stores one extracted document of an import, on the worker that extracted it. A document whose id this run has
 * already stored is a {@code duplicate_id} failure (the first is kept). One the store already holds with the same
 * import fingerprint runs no stage: it is unchanged, or restamped (newer file version) or retagged in place. Any
 * other goes through the stages and is added (new id) or replaces the stored one, whose marks it carries over
 * ({@link MarkCarry}). Every document written counts towards the next checkpoint.
 *
 * <p>Never throws: a stage's refusal or an unexpected error is a failure of this document, reported with its file
 * and part; a failure to read or write the index ends the import ({@link ImportAbort}).
 */
final class ImportWriter {
    private final CorpusStore store;
    private final ImportOptions options;
    private final Pipeline pipeline;
    private final Checkpoints checkpoints;
    private final ImportTally tally;
    private final ImportAbort abort;
    private final Runnable rowStored;
    private final RepeatedIds idsThisRun = new RepeatedIds();

    /** @param rowStored told after each document stored (progress inside a long input) */
    ImportWriter(CorpusStore store, ImportOptions options, Pipeline pipeline, Checkpoints checkpoints,
                 ImportTally tally, ImportAbort abort, Runnable rowStored) {
        this.store = store;
        this.options = options;
        this.pipeline = pipeline;
        this.checkpoints = checkpoints;
        this.tally = tally;
        this.abort = abort;
        this.rowStored = rowStored;
    }

    /** Stores one extracted document of {@code item}, a file or a part of {@code run}'s file. */
    void store(InputItem item, SourceRun run, Document extracted, FirstImport first) {
        if (abort.happened()) {
            return;
        }
        String part = extracted.origin().part();
        try {
            storeChecked(item, run, extracted, first);
        } catch (IndexFailure e) {
            abort.set(e.getCause());
        } catch (StageException e) {
            run.fail(within(item, part), ImportFailure.Kind.INPUT, e.getMessage(), "");
        } catch (Throwable e) {
            if (!run.unexpected(within(item, part), e)) {
                abort.set(e);
            }
        }
    }

    /** The part as a report names it: inside the archive entry {@code item} is, if it is one. */
    static String within(InputItem item, String part) {
        String where = part == null ? "" : part;
        if (!item.part().isEmpty() && !where.startsWith(item.part())) {
            where = where.isEmpty() ? item.part() : item.part() + "!/" + where;
        }
        return where;
    }

    private void storeChecked(InputItem item, SourceRun run, Document extracted, FirstImport first)
            throws StageException {
        Document incoming = DocumentPipeline.withMetadata(extracted.withTags(options.tags()), options.metadata())
                .with(run.location);
        Document doc = run.stamp != null ? incoming.with(new SourceStamp(run.stamp)) : incoming;
        if (!idsThisRun.firstTime(doc.id())) {
            run.fail(within(item, doc.origin().part()), ImportFailure.Kind.DUPLICATE_ID,
                    "repeats the id of a document already imported in this run (an earlier row or file with the "
                            + "same source and part): only the first is kept", "id " + doc.id());
            return;
        }
        String fingerprint = ImportFingerprint.of(doc, options.forcedLang());
        CorpusStore.Existing existing = index(() -> store.lookup(doc.id()));
        if (existing != null && existing.fingerprint().equals(fingerprint)) {
            keep(run, doc, existing);
            return;
        }
        Document analysed = pipeline.run(doc);
        if (analysed.text().isBlank()) {
            run.fail(within(item, doc.origin().part()), ImportFailure.Kind.INPUT, "no text left after normalisation",
                    "");
            return;
        }
        Document processed;
        if (existing != null) {
            MarkCarry carry = MarkCarry.onto(analysed, existing);
            processed = carry.document();
            if (carry.kept()) {
                tally.marksKept.increment();
            }
            if (carry.dedupeDropped()) {
                tally.dedupeRechecked(processed.id());
            }
        } else {
            processed = analysed.with(first);
        }
        index(() -> {
            if (existing == null) {
                store.add(processed, fingerprint); // new to the index, and its id first seen in this run
            } else {
                store.write(processed, fingerprint);
            }
            return null;
        });
        (existing == null ? tally.added : tally.updated).increment();
        run.documents.increment();
        tally.language(processed.language().lang());
        written(processed.text().length());
        rowStored.run();
    }

    /** A document the store holds with the same fingerprint: no stage runs; its stamp and tags may change. */
    private void keep(SourceRun run, Document doc, CorpusStore.Existing existing) {
        boolean written = false;
        if (run.stamp != null && !run.stamp.equals(existing.stamp())) {
            index(() -> {
                store.restamp(doc.id(), new SourceStamp(run.stamp)); // same document, newer file version
                return null;
            });
            written = true;
        }
        Marks retagged = MarkCarry.withImportTags(existing.marks(), options.tags());
        if (!retagged.equals(existing.marks())) {
            index(() -> {
                store.updateMarks(doc.id(), existing.marks(), retagged); // in place: nothing re-indexed
                return null;
            });
            tally.tagged.increment();
            tally.updated.increment();
            written = true;
        } else {
            tally.unchanged.increment();
        }
        if (written) {
            written(0); // a new stamp or tags: nothing analysed again
        }
        run.documents.increment();
        tally.language(existing.lang());
        rowStored.run();
    }

    /** Counts a document of {@code chars} characters written and checkpoints when one is due ({@link Checkpoints}). */
    private void written(long chars) {
        index(() -> {
            checkpoints.written(chars);
            return null;
        });
    }

    /** An index operation; its failure is an {@link IndexFailure}, which ends the import. */
    private interface IndexCall<T> {
        T call() throws IOException;
    }

    private static <T> T index(IndexCall<T> call) {
        try {
            return call.call();
        } catch (IOException | RuntimeException e) {
            throw new IndexFailure(e);
        }
    }

    /** The index could not be read or written: not a problem of the input. */
    private static final class IndexFailure extends RuntimeException {
        IndexFailure(Throwable cause) {
            super(cause);
        }
    }
}
