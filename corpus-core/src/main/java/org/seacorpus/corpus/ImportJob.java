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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import org.seacorpus.document.Document;
import org.seacorpus.document.SourceLocation;
import org.seacorpus.document.SourceStamp;
import org.seacorpus.ingest.ArchiveReader;
import org.seacorpus.ingest.DatasetExtractor;
import org.seacorpus.ingest.ExtractionException;
import org.seacorpus.ingest.ExtractionSink;
import org.seacorpus.ingest.Extractor;
import org.seacorpus.ingest.ImportFailure;
import org.seacorpus.ingest.InputItem;
import org.seacorpus.ingest.PlainTextExtractor;
import org.seacorpus.ingest.SourceWalker;
import org.seacorpus.ingest.TikaExtractor;
import org.seacorpus.ingest.WarcExtractor;
import org.seacorpus.stage.Pipeline;
import org.seacorpus.stage.StageException;

/**
 * Import: walk the sources, extract documents, run them through the stages and store them. Extraction and the
 * stages run on a bounded pool of workers (memory does not grow with the number of inputs); the index writer is
 * shared. Every failed input is reported with its path, part and reason, and skipped.
 *
 * <p>Checkpoints: the index is committed every {@code commitEvery} documents written and at the end; a killed
 * import keeps what the last commit held. With a {@link SourceTracker}, unchanged files are skipped before they
 * are read, every document is stamped with its file's {@link SourceStamp}, and the tracker learns after each
 * commit which files it now holds completely.
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
    private final AtomicLong sinceCommit = new AtomicLong();
    private final List<ImportFailure> failures = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, LongAdder> byLanguage = new ConcurrentHashMap<>();
    /** Files read to the end whose documents are not yet known to be committed. */
    private final ConcurrentLinkedQueue<SourceTracker.Outcome> finishedSources = new ConcurrentLinkedQueue<>();
    private final Object checkpointLock = new Object();

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
        TikaExtractor tika = new TikaExtractor(options.limits());
        this.extractors = List.of(new DatasetExtractor(options.dataset()), new WarcExtractor(tika, options.limits()),
                new PlainTextExtractor(options.limits()), tika);
        this.archives = new ArchiveReader(options.limits());
    }

    /** Progress inside one input at most this often (default once a second; tests use 0: every row). */
    ImportJob progressEvery(long nanos) {
        throttle.every(nanos);
        return this;
    }

    ImportReport run() {
        Instant started = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "import-worker");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(options.threads() * 2);
        try {
            new SourceWalker(options.includes(), options.excludes()).walk(options.paths(), new SourceWalker.Visitor() {
                @Override
                public void file(Path file) {
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
                        fail(run, null, "", "cannot read: " + e.getMessage());
                    } finally {
                        run.release(); // the walker's own hold: entries dispatched above keep the run open
                    }
                }

                @Override
                public void failure(Path path, String error) {
                    fail(path.toString(), "", error, null);
                }
            });
            pool.shutdown();
            if (!pool.awaitTermination(365, TimeUnit.DAYS)) {
                throw new CorpusException("import workers did not finish");
            }
            checkpoint();
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
    private void dispatch(InputItem item, SourceRun run, ExecutorService pool, Semaphore inFlight, int depth) {
        if (ArchiveReader.isArchive(item.lowerName()) && depth <= options.limits().maxArchiveDepth()) {
            inputs.increment();
            ExtractionSink refusals = failureSink(item, run);
            try {
                archives.read(item, entry -> dispatch(entry, run, pool, inFlight, depth + 1), refusals);
            } catch (ExtractionException e) {
                fail(run, item, item.part(), e.getMessage());
            }
            return;
        }
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        run.hold();
        pool.execute(() -> {
            try {
                process(item, run);
            } finally {
                inFlight.release();
                run.release();
            }
        });
    }

    private void process(InputItem item, SourceRun run) {
        inputs.increment();
        Extractor extractor = extractors.stream().filter(e -> e.accepts(item)).findFirst().orElseThrow();
        ExtractionSink sink = new ExtractionSink() {
            @Override
            public void document(Document doc) {
                store(item, run, doc);
            }

            @Override
            public void failure(String part, String error) {
                fail(run, item, part, error);
            }
        };
        try {
            extractor.extract(item, sink);
        } catch (ExtractionException e) {
            fail(run, item, item.part(), e.getMessage());
        } catch (RuntimeException e) {
            fail(run, item, item.part(), "unexpected error: " + e);
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

    private void store(InputItem item, SourceRun run, Document extracted) {
        Document doc = withMetadata(extracted.withTags(options.tags())).with(run.location);
        if (run.stamp != null) {
            doc = doc.with(new SourceStamp(run.stamp));
        }
        String fingerprint = fingerprint(doc);
        try {
            CorpusStore.Existing existing = store.lookup(doc.id());
            if (existing != null && existing.fingerprint().equals(fingerprint)) {
                if (run.stamp != null && !run.stamp.equals(existing.stamp())) {
                    store.restamp(doc.id(), new SourceStamp(run.stamp)); // same document, newer file version
                    written();
                }
                unchanged.increment();
                run.documents.increment();
                count(existing.lang());
                rowStored();
                return;
            }
            Document processed = pipeline.run(doc);
            if (processed.text().isBlank()) {
                fail(run, item, doc.origin().part(), "no text left after normalisation");
                return;
            }
            if (existing != null) {
                processed = existing.carryCuration(processed);
            }
            store.write(processed, fingerprint);
            (existing == null ? added : updated).increment();
            run.documents.increment();
            count(processed.language().lang());
            written();
            rowStored();
        } catch (StageException e) {
            fail(run, item, doc.origin().part(), e.getMessage());
        } catch (IOException e) {
            throw new CorpusException("cannot write to the index: " + e.getMessage(), e);
        }
    }

    private Document withMetadata(Document doc) {
        if (options.metadata().isEmpty()) {
            return doc;
        }
        Map<String, String> meta = new TreeMap<>(doc.origin().meta());
        meta.putAll(options.metadata());
        return new Document(doc.id(), doc.origin().withMeta(meta), doc.text(), doc.normalization(),
                doc.language(), doc.counts(), doc.tags(), doc.status(), doc.annotations());
    }

    private void written() throws IOException {
        if (sinceCommit.incrementAndGet() % options.commitEvery() == 0) {
            checkpoint();
        }
    }

    /**
     * Commits the index, then tells the tracker which files the commit holds completely. The files are taken
     * before the commit starts: their documents were all handed to the writer earlier, so the commit has them.
     */
    private void checkpoint() throws IOException {
        synchronized (checkpointLock) {
            List<SourceTracker.Outcome> complete = new ArrayList<>();
            for (SourceTracker.Outcome o = finishedSources.poll(); o != null; o = finishedSources.poll()) {
                complete.add(o);
            }
            store.commit();
            if (tracker != null && !complete.isEmpty()) {
                tracker.committed(complete);
            }
        }
    }

    private void sourceFinished(SourceTracker.Outcome outcome) {
        if (tracker == null) {
            return;
        }
        tracker.finished(outcome);
        finishedSources.add(outcome);
        // runs of unchanged documents write nothing; still record the finished files now and then
        if (finishedSources.size() >= options.commitEvery()) {
            try {
                checkpoint();
            } catch (IOException e) {
                throw new CorpusException("cannot commit the index: " + e.getMessage(), e);
            }
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
                String entry = item.part().isEmpty() ? part : item.part() + "!/" + part;
                fail(run, null, entry, error);
            }
        };
    }

    /**
     * Records a failed input: the file as the walk found it (the path as the user gave it, never a location the
     * user did not write) and the part inside it (archive entry, dataset row).
     *
     * @param item the item that failed (the part is made to name it inside its archive), or null
     */
    private void fail(SourceRun run, InputItem item, String part, String error) {
        String where = part == null ? "" : part;
        if (item != null && !item.part().isEmpty() && !where.startsWith(item.part())) {
            where = where.isEmpty() ? item.part() : item.part() + "!/" + where;
        }
        fail(run.file.toString(), where, error, run);
    }

    private void fail(String path, String part, String error, SourceRun run) {
        ImportFailure failure = new ImportFailure(path, part == null ? "" : part, error);
        failures.add(failure);
        if (run != null) {
            run.failures.add(failure);
        }
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

        void hold() {
            pending.incrementAndGet();
        }

        void release() {
            if (pending.decrementAndGet() == 0) {
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
        List<ImportFailure> failed;
        synchronized (failures) {
            failed = new ArrayList<>(failures);
        }
        return ImportReport.of(started, inputs.sum(), added.sum(), updated.sum(), unchanged.sum(), failed, languages,
                pipeline.stats());
    }
}
