package org.seacorpus.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import org.seacorpus.document.Document;
import org.seacorpus.document.FirstImport;
import org.seacorpus.document.Marks;
import org.seacorpus.document.SourceLocation;
import org.seacorpus.document.SourceStamp;
import org.seacorpus.ingest.ArchiveReader;
import org.seacorpus.ingest.ExtractionException;
import org.seacorpus.ingest.ExtractionSink;
import org.seacorpus.ingest.Extractor;
import org.seacorpus.ingest.FailureReason;
import org.seacorpus.ingest.ImportFailure;
import org.seacorpus.ingest.InputItem;
import org.seacorpus.ingest.SourceWalker;
import org.seacorpus.stage.Pipeline;
import org.seacorpus.stage.StageException;

/**
 * Import: walk the sources, extract documents, run them through the stages and store them. Extraction and the
 * stages run on a bounded pool of workers (memory does not grow with the number of inputs); the index writer is
 * shared. Every failed input is reported with its path, part and reason, and skipped.
 *
 * <p>Checkpoints: the index is committed every {@code commitEvery} documents written, at least every
 * {@code commitInterval} while documents are written, and at the end; a killed import keeps what the last commit
 * held, so it loses at most about one interval of work. With a {@link SourceTracker}, unchanged files are skipped before they
 * are read, every document is stamped with its file's {@link SourceStamp}, and the tracker learns after each
 * commit which files it now holds completely.
 *
 * <p>Nothing is lost silently: an unexpected error or an {@link OutOfMemoryError} while reading or analysing an
 * input is a failure of that input ({@code internal}); an input that yields no document and no failure is a
 * failure ({@code no_documents}); a document whose id was already imported in this run (a dataset repeating an
 * id, two inputs with the same source name) is a {@code duplicate_id} failure and the first one is kept, so the
 * report's counts are what the index holds. A failure to write the index stops the import with an error.
 */
public final class ImportJob {
    /** Bumped when the stages change what they produce, so that a re-import updates stored documents. */
    public static final String PIPELINE_VERSION = "2";

    /**
     * Counters the caller may show while the job runs: given after each input and, inside a long input (a big
     * dataset), about once a second as its rows are stored.
     *
     * @param inputs     files and archive entries read so far
     * @param documents  documents (dataset rows) stored so far: added, updated or unchanged
     * @param failed     inputs or parts that failed
     * @param bytesRead  bytes read from the files so far
     * @param bytesFound bytes of the files found so far (the walk runs ahead of the reading)
     */
    public record Progress(long inputs, long documents, long failed, long bytesRead, long bytesFound) {
        /** "12000 documents, 48.0 MB read of 80.0 MB found, 0 failed". */
        public String describe() {
            return documents + (documents == 1 ? " document, " : " documents, ") + megabytes(bytesRead)
                    + " MB read of " + megabytes(bytesFound) + " MB found, " + failed + " failed";
        }

        private static String megabytes(long bytes) {
            return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1e6);
        }
    }

    private final CorpusStore store;
    private final ImportOptions options;
    private final Pipeline pipeline;
    private final List<Extractor> extractors;
    private final ArchiveReader archives;
    private final Consumer<Progress> progress;
    private final SourceTracker tracker;
    private final SourceNaming naming;

    private final LongAdder inputs = new LongAdder();
    private final LongAdder bytesRead = new LongAdder();
    private final LongAdder bytesFound = new LongAdder();
    private final ProgressThrottle throttle = new ProgressThrottle(1_000_000_000L);
    private final LongAdder added = new LongAdder();
    private final LongAdder updated = new LongAdder();
    private final LongAdder unchanged = new LongAdder();
    private final LongAdder tagged = new LongAdder();
    private final LongAdder marksKept = new LongAdder();
    private final List<String> dedupeRechecked = Collections.synchronizedList(new ArrayList<>());
    /** Walk order of the inputs, for each new document's {@link FirstImport}. */
    private final AtomicLong inputOrder = new AtomicLong();
    private long startedMillis;
    private final Checkpoints checkpoints;
    private final RepeatedIds idsThisRun = new RepeatedIds();
    /** The first failure to write the index: it ends the import. */
    private volatile Throwable fatal;
    private final ImportFailures failures = new ImportFailures();
    private final Map<String, LongAdder> byLanguage = new ConcurrentHashMap<>();
    private final Object fatalLock = new Object();

    ImportJob(CorpusStore store, ImportOptions options, Pipeline pipeline, Consumer<Progress> progress) {
        this(store, options, pipeline, progress, null);
    }

    /** @param tracker decides which files to read and learns what was committed; null to read everything */
    ImportJob(CorpusStore store, ImportOptions options, Pipeline pipeline, Consumer<Progress> progress,
              SourceTracker tracker) {
        this.store = store;
        this.options = options;
        this.pipeline = pipeline;
        this.progress = progress == null ? p -> { } : progress;
        this.tracker = tracker;
        this.naming = new SourceNaming(options);
        this.checkpoints = new Checkpoints(store, tracker, options.commitEvery(), options.commitInterval());
        this.extractors = DocumentPipeline.extractors(options);
        this.archives = new ArchiveReader(options.limits());
    }

    /** Progress inside one input at most this often (default once a second; tests use 0: every row). */
    ImportJob progressEvery(long nanos) {
        throttle.every(nanos);
        return this;
    }

    ImportReport run() {
        Instant started = Instant.now();
        startedMillis = started.toEpochMilli();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "import-worker");
            t.setDaemon(true);
            return t;
        });
        InFlightBudget inFlight = new InFlightBudget(options.threads());
        try {
            SourceWalker walker = new SourceWalker(options.includes(), options.excludes(), options.followSymlinks());
            walker.walk(options.paths(), new SourceWalker.Visitor() {
                @Override
                public void file(Path file) {
                    if (fatal != null) {
                        return;
                    }
                    String source = naming.name(file).value();
                    SourceTracker.Decision decision = tracker == null ? SourceTracker.Decision.importWith(null)
                            : tracker.consider(file, source);
                    if (decision.skip()) {
                        return;
                    }
                    SourceRun run = new SourceRun(file, source, decision.stamp());
                    try {
                        InputItem item = InputItem.ofFile(file, source).metered(bytesRead);
                        bytesFound.add(item.size());
                        dispatch(item, run, pool, inFlight, 0);
                    } catch (IOException e) {
                        fail(run, file.toString(), "", ImportFailure.Kind.INPUT, "cannot read: "
                                + FailureReason.of(e), FailureReason.detail(e));
                    } finally {
                        run.release(); // the walker's own hold: entries dispatched above keep the run open
                    }
                }

                @Override
                public void failure(Path path, String error) {
                    fail(null, path.toString(), "", error);
                }

                @Override
                public void skipped(Path path, String reason) {
                    failures.skipped(path, reason);
                }
            });
            pool.shutdown();
            if (!pool.awaitTermination(365, TimeUnit.DAYS)) {
                throw new CorpusException("import workers did not finish");
            }
            if (fatal != null) {
                String what = fatal instanceof VirtualMachineError ? "the Java VM failed: " : "cannot write to the index: ";
                throw new CorpusException(what + FailureReason.of(fatal) + "; the import stopped, documents committed "
                        + "before are kept", fatal);
            }
            checkpoints.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
            throw new CorpusException("import interrupted; documents committed so far are kept", e);
        } catch (IOException e) {
            throw new CorpusException("cannot write the index: " + e.getMessage(), e);
        }
        return report(started);
    }

    /** Archives are expanded here, on the walking thread (their streams read in order); the rest go to workers. */
    private void dispatch(InputItem item, SourceRun run, ExecutorService pool, InFlightBudget inFlight, int depth) {
        if (ArchiveReader.isArchive(item.lowerName()) && depth <= options.limits().maxArchiveDepth()) {
            inputs.increment();
            ExtractionSink refusals = failureSink(item, run);
            try {
                archives.read(item, entry -> dispatch(entry, run, pool, inFlight, depth + 1), refusals);
            } catch (ExtractionException e) {
                fail(run, run.path(), item.part(), e.kind(), e.getMessage(), detailOf(e.getCause()));
            } catch (OutOfMemoryError e) {
                failures.addUnexpected(run.failures, run.path(), item.part(), e);
            }
            return;
        }
        if (fatal != null) {
            return;
        }
        long order = inputOrder.incrementAndGet(); // on the walking thread: the walk's (name) order
        InFlightBudget.Ticket ticket;
        try {
            ticket = inFlight.acquire(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        run.hold();
        pool.execute(() -> {
            try {
                process(item, run, order);
            } finally {
                inFlight.release(ticket);
                run.release();
            }
        });
    }

    /**
     * Extracts one input on a worker. Whatever goes wrong is a failure of this input, reported; only a failure
     * to write the index (or a broken JVM) is fatal, and it ends the import.
     */
    private void process(InputItem item, SourceRun run, long order) {
        inputs.increment();
        AtomicLong part = new AtomicLong();
        ExtractionSink sink = new ExtractionSink() {
            @Override
            public void document(Document doc) {
                long sequence = (order << 24) | Math.min(part.getAndIncrement(), 0xFFFFFF);
                store(item, run, doc, new FirstImport(startedMillis, sequence));
            }

            @Override
            public void failure(String part, String error) {
                fail(run, run.path(), within(item, part), error);
            }

            @Override
            public void failure(String part, ImportFailure.Kind kind, String error) {
                fail(run, run.path(), within(item, part), kind, error, "");
            }
        };
        try {
            if (fatal == null) {
                Extractor extractor = extractors.stream().filter(e -> e.accepts(item)).findFirst().orElseThrow();
                extractor.extract(item, sink);
            }
        } catch (ExtractionException e) {
            fail(run, run.path(), item.part(), e.kind(), e.getMessage(), detailOf(e.getCause()));
        } catch (Throwable e) {
            unexpected(run, run.path(), item.part(), e);
        }
        throttle.reported();
        progress.accept(progressNow());
    }

    private Progress progressNow() {
        return new Progress(inputs.sum(), added.sum() + updated.sum() + unchanged.sum(), failures.size(),
                bytesRead.sum(), bytesFound.sum());
    }

    /** Inside a long input: progress about once a second, from whichever worker gets there first. */
    private void rowStored() {
        if (throttle.due()) {
            progress.accept(progressNow());
        }
    }

    /** The part as a report names it: inside the archive entry {@code item} is, if it is one. */
    private static String within(InputItem item, String part) {
        String where = part == null ? "" : part;
        if (!item.part().isEmpty() && !where.startsWith(item.part())) {
            where = where.isEmpty() ? item.part() : item.part() + "!/" + where;
        }
        return where;
    }

    /** An error nobody expected while handling an input: that input's failure, unless the JVM itself is broken. */
    private void unexpected(SourceRun run, String path, String part, Throwable e) {
        if (!failures.addUnexpected(run.failures, path, part, e)) {
            fatal(e);
        }
    }

    private void fatal(Throwable e) {
        synchronized (fatalLock) {
            if (fatal == null) {
                fatal = e;
            }
        }
    }

    /** Stores one extracted document; never throws (a document's failure is reported, the index's is fatal). */
    private void store(InputItem item, SourceRun run, Document extracted, FirstImport first) {
        if (fatal != null) {
            return;
        }
        String part = extracted.origin().part();
        try {
            storeChecked(item, run, extracted, first);
        } catch (IndexFailure e) {
            fatal(e.getCause());
        } catch (StageException e) {
            fail(run, run.path(), within(item, part), e.getMessage());
        } catch (Throwable e) {
            unexpected(run, run.path(), within(item, part), e);
        }
    }

    private void storeChecked(InputItem item, SourceRun run, Document extracted, FirstImport first)
            throws StageException {
        Document incoming = DocumentPipeline.withMetadata(extracted.withTags(options.tags()), options.metadata())
                .with(run.location);
        Document doc = run.stamp != null ? incoming.with(new SourceStamp(run.stamp)) : incoming;
        if (!idsThisRun.firstTime(doc.id())) {
            fail(run, run.path(), within(item, doc.origin().part()), ImportFailure.Kind.DUPLICATE_ID,
                    "repeats the id of a document already imported in this run (an earlier row or file with the "
                            + "same source and part): only the first is kept", "id " + doc.id());
            return;
        }
        String fingerprint = fingerprint(doc);
        CorpusStore.Existing existing = index(() -> store.lookup(doc.id()));
        if (existing != null && existing.fingerprint().equals(fingerprint)) {
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
                tagged.increment();
                updated.increment();
                written = true;
            } else {
                unchanged.increment();
            }
            if (written) {
                written();
            }
            run.documents.increment();
            count(existing.lang());
            rowStored();
            return;
        }
        Document analysed = pipeline.run(doc);
        if (analysed.text().isBlank()) {
            fail(run, run.path(), within(item, doc.origin().part()), "no text left after normalisation");
            return;
        }
        Document processed;
        if (existing != null) {
            MarkCarry carry = MarkCarry.onto(analysed, existing);
            processed = carry.document();
            if (carry.kept()) {
                marksKept.increment();
            }
            if (carry.dedupeDropped()) {
                dedupeRechecked.add(processed.id());
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
        (existing == null ? added : updated).increment();
        run.documents.increment();
        count(processed.language().lang());
        written();
        rowStored();
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

    /** Counts a document written and checkpoints when {@code commitEvery} or {@code commitInterval} is reached. */
    private void written() {
        index(() -> {
            checkpoints.written();
            return null;
        });
    }

    private void sourceFinished(SourceTracker.Outcome outcome) {
        if (fatal != null) {
            return;
        }
        try {
            checkpoints.sourceFinished(outcome);
        } catch (IOException | RuntimeException e) {
            fatal(e);
        }
    }

    private String fingerprint(Document doc) {
        return ImportFingerprint.of(doc, options.forcedLang());
    }

    private void count(String lang) {
        byLanguage.computeIfAbsent(lang, k -> new LongAdder()).increment();
    }

    private ExtractionSink failureSink(InputItem item, SourceRun run) {
        return new ExtractionSink() {
            @Override
            public void document(Document doc) {
                throw new IllegalStateException("archives yield entries, not documents");
            }

            @Override
            public void failure(String part, String error) {
                failure(part, ImportFailure.Kind.INPUT, error);
            }

            @Override
            public void failure(String part, ImportFailure.Kind kind, String error) {
                String entry = item.part().isEmpty() ? part : item.part() + "!/" + part;
                fail(run, run.path(), entry, kind, error, "");
            }
        };
    }

    private void fail(SourceRun run, String path, String part, String error) {
        fail(run, path, part, ImportFailure.Kind.INPUT, error, "");
    }

    private void fail(SourceRun run, String path, String part, ImportFailure.Kind kind, String error, String detail) {
        failures.add(run == null ? null : run.failures, path, part, kind, error, detail);
    }

    private static String detailOf(Throwable cause) {
        return cause == null ? "" : FailureReason.detail(cause);
    }

    /** One file found by the walk, open until it and every archive entry in it have been processed. */
    private final class SourceRun {
        final Path file;
        final String source;
        final SourceLocation location;
        final String stamp;
        final AtomicInteger pending = new AtomicInteger(1);
        final LongAdder documents = new LongAdder();
        final List<ImportFailure> failures = Collections.synchronizedList(new ArrayList<>());

        SourceRun(Path file, String source, String stamp) {
            this.file = file;
            this.source = source;
            this.location = new SourceLocation(SourceNaming.location(file));
            this.stamp = stamp;
        }

        /** The file as a report names it: as the walk found it (the path as the user gave it). */
        String path() {
            return file.toString();
        }

        void hold() {
            pending.incrementAndGet();
        }

        void release() {
            if (pending.decrementAndGet() == 0) {
                if (documents.sum() == 0 && failures.isEmpty() && fatal == null) {
                    fail(this, file.toString(), "", ImportFailure.Kind.NO_DOCUMENTS,
                            "no documents found: the file was read but yielded nothing", "");
                }
                List<ImportFailure> failed;
                synchronized (failures) {
                    failed = List.copyOf(failures);
                }
                sourceFinished(new SourceTracker.Outcome(file, source, stamp, documents.sum(), failed));
            }
        }
    }

    private ImportReport report(Instant started) {
        Map<String, Long> languages = new TreeMap<>();
        byLanguage.forEach((lang, n) -> languages.put(lang, n.sum()));
        return ImportReport.of(started, inputs.sum(), added.sum(), updated.sum(), unchanged.sum(), failures.sorted(),
                languages, pipeline.stats(), marks(), failures.sortedSkips());
    }

    private ImportReport.Marks marks() {
        List<String> rechecked;
        synchronized (dedupeRechecked) {
            rechecked = new ArrayList<>(dedupeRechecked);
        }
        rechecked.sort(null);
        return new ImportReport.Marks(tagged.sum(), marksKept.sum(), rechecked.size(), rechecked);
    }
}
