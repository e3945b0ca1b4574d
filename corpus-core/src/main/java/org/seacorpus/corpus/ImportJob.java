package org.seacorpus.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.seacorpus.document.Document;
import org.seacorpus.ingest.ArchiveReader;
import org.seacorpus.ingest.ExtractionException;
import org.seacorpus.ingest.ExtractionSink;
import org.seacorpus.ingest.FailureReason;
import org.seacorpus.ingest.ImportFailure;
import org.seacorpus.ingest.InputItem;
import org.seacorpus.ingest.SourceWalker;
import org.seacorpus.stage.Pipeline;

/**
 * Import: walk the sources, extract documents, run them through the stages and store them. Extraction and the
 * stages run on a bounded pool of workers (memory does not grow with the number of inputs); the index writer is
 * shared. Every failed input is reported with its path, part and reason, and skipped.
 *
 * <p>Checkpoints: the index is committed once {@code commitEvery} documents or {@link ImportOptions#COMMIT_CHARS}
 * characters were written since the last commit, at least every {@code commitInterval} while documents are written,
 * and at the end; a killed import keeps what the last commit held, so it loses at most the work of the first of those
 * bounds reached. With a {@link SourceTracker}, unchanged files are skipped before they
 * are read, every document is stamped with its file's {@link SourceStamp}, and the tracker learns after each
 * commit which files it now holds completely.
 *
 * <p>Nothing is lost silently: an unexpected error or an {@link OutOfMemoryError} while reading or analysing an
 * input is a failure of that input ({@code internal}); an input that yields no document and no failure is a
 * failure ({@code no_documents}); a document whose id was already imported in this run (a dataset repeating an
 * id, two inputs with the same source name) is a {@code duplicate_id} failure and the first one is kept, so the
 * report's counts are what the index holds. A failure to write the index stops the import with an error.
 *
 * <p>The job walks and dispatches; the work is done by stages with one job each: {@link InputReader} extracts an
 * input on a worker, {@link ImportWriter} runs the stages on each document and stores it, {@link Checkpoints}
 * commits, {@link SourceRun} follows one file to its end, {@link ImportTally} counts and {@link ImportFailures}
 * collects what failed; {@link ImportAbort} holds the one error that ends the import.
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
    private final ArchiveReader archives;
    private final Consumer<Progress> progress;
    private final SourceTracker tracker;
    private final SourceNaming naming;
    private final Checkpoints checkpoints;
    private final ProgressThrottle throttle = new ProgressThrottle(1_000_000_000L);
    private final ImportTally tally = new ImportTally();
    private final ImportFailures failures = new ImportFailures();
    private final ImportAbort abort = new ImportAbort();
    /** Walk order of the inputs, for each new document's {@link org.seacorpus.document.FirstImport}. */
    private final AtomicLong inputOrder = new AtomicLong();

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
        this.archives = new ArchiveReader(options.limits());
    }

    /** Progress inside one input at most this often (default once a second; tests use 0: every row). */
    ImportJob progressEvery(long nanos) {
        throttle.every(nanos);
        return this;
    }

    ImportReport run() {
        Instant started = Instant.now();
        ImportWriter writer = new ImportWriter(store, options, pipeline, checkpoints, tally, abort, this::rowStored);
        InputReader reader = new InputReader(DocumentPipeline.extractors(options), writer, tally, abort,
                started.toEpochMilli(), this::inputDone);
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
                    if (abort.happened()) {
                        return;
                    }
                    String source = naming.name(file).value();
                    SourceTracker.Decision decision = tracker == null ? SourceTracker.Decision.importWith(null)
                            : tracker.consider(file, source);
                    if (decision.skip()) {
                        return;
                    }
                    SourceRun run = new SourceRun(file, source, decision.stamp(), failures, abort,
                            ImportJob.this::sourceFinished);
                    try {
                        InputItem item = InputItem.ofFile(file, source).metered(tally.bytesRead);
                        tally.bytesFound.add(item.size());
                        dispatch(item, run, reader, pool, inFlight, 0);
                    } catch (IOException e) {
                        run.fail("", ImportFailure.Kind.INPUT, "cannot read: " + FailureReason.of(e),
                                FailureReason.detail(e));
                    } finally {
                        run.release(); // the walker's own hold: entries dispatched above keep the run open
                    }
                }

                @Override
                public void failure(Path path, String error) {
                    failures.add(null, path.toString(), "", ImportFailure.Kind.INPUT, error, "");
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
            CorpusException ended = abort.exception();
            if (ended != null) {
                throw ended;
            }
            checkpoints.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
            throw new CorpusException("import interrupted; documents committed so far are kept", e);
        } catch (IOException e) {
            throw new CorpusException("cannot write the index: " + e.getMessage(), e);
        }
        return tally.report(started, failures, pipeline);
    }

    /** Archives are expanded here, on the walking thread (their streams read in order); the rest go to workers. */
    private void dispatch(InputItem item, SourceRun run, InputReader reader, ExecutorService pool,
                          InFlightBudget inFlight, int depth) {
        if (ArchiveReader.isArchive(item.lowerName()) && depth <= options.limits().maxArchiveDepth()) {
            tally.inputs.increment();
            ExtractionSink refusals = refusals(item, run);
            try {
                archives.read(item, entry -> dispatch(entry, run, reader, pool, inFlight, depth + 1), refusals);
            } catch (ExtractionException e) {
                run.fail(item.part(), e.kind(), e.getMessage(), InputReader.detailOf(e.getCause()));
            } catch (OutOfMemoryError e) {
                run.unexpected(item.part(), e);
            }
            return;
        }
        if (abort.happened()) {
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
                reader.read(item, run, order);
            } finally {
                inFlight.release(ticket);
                run.release();
            }
        });
    }

    /** After each input: progress. */
    private void inputDone() {
        throttle.reported();
        progress.accept(tally.progress(failures.size()));
    }

    /** Inside a long input: progress about once a second, from whichever worker gets there first. */
    private void rowStored() {
        if (throttle.due()) {
            progress.accept(tally.progress(failures.size()));
        }
    }

    private void sourceFinished(SourceTracker.Outcome outcome) {
        if (abort.happened()) {
            return;
        }
        try {
            checkpoints.sourceFinished(outcome);
        } catch (IOException | RuntimeException e) {
            abort.set(e);
        }
    }

    /** What an archive refuses (an entry too large, too deep, a bomb): a failure of that entry. */
    private static ExtractionSink refusals(InputItem item, SourceRun run) {
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
                run.fail(entry, kind, error, "");
            }
        };
    }
}
