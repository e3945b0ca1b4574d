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
import org.seacorpus.document.DocumentId;
import org.seacorpus.document.SourceStamp;
import org.seacorpus.ingest.ArchiveReader;
import org.seacorpus.ingest.ExtractionException;
import org.seacorpus.ingest.ExtractionSink;
import org.seacorpus.ingest.Extractor;
import org.seacorpus.ingest.ImportFailure;
import org.seacorpus.ingest.InputItem;
import org.seacorpus.ingest.SourceWalker;
import org.seacorpus.stage.Pipeline;
import org.seacorpus.stage.StageException;
import org.seacorpus.stage.StageStats;

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

    /** Counters the caller may show while the job runs. */
    public record Progress(long inputs, long documents, long failed) {
    }

    private final CorpusStore store;
    private final ImportOptions options;
    private final Pipeline pipeline;
    private final List<Extractor> extractors;
    private final ArchiveReader archives;
    private final Consumer<Progress> progress;
    private final SourceTracker tracker;

    private final LongAdder inputs = new LongAdder();
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
        this.extractors = DocumentPipeline.extractors(options);
        this.archives = new ArchiveReader(options.limits());
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
                    SourceTracker.Decision decision = tracker == null ? SourceTracker.Decision.importWith(null)
                            : tracker.consider(file);
                    if (decision.skip()) {
                        return;
                    }
                    SourceRun run = new SourceRun(file, decision.stamp());
                    try {
                        dispatch(InputItem.ofFile(file), run, pool, inFlight, 0);
                    } catch (IOException e) {
                        fail(run, file.toString(), "", "cannot read: " + e.getMessage());
                    } finally {
                        run.release(); // the walker's own hold: entries dispatched above keep the run open
                    }
                }

                @Override
                public void failure(Path path, String error) {
                    fail(null, path.toString(), "", error);
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
                fail(run, item.displayPath(), item.part(), e.getMessage());
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
                fail(run, item.displayPath(), part, error);
            }
        };
        try {
            extractor.extract(item, sink);
        } catch (ExtractionException e) {
            fail(run, item.displayPath(), item.part(), e.getMessage());
        } catch (RuntimeException e) {
            fail(run, item.displayPath(), item.part(), "unexpected error: " + e);
        }
        progress.accept(new Progress(inputs.sum(), added.sum() + updated.sum() + unchanged.sum(), failures.size()));
    }

    private void store(InputItem item, SourceRun run, Document extracted) {
        Document doc = DocumentPipeline.withMetadata(extracted.withTags(options.tags()), options.metadata());
        if (run.stamp != null) {
            doc = doc.with(new SourceStamp(run.stamp));
        }
        String fingerprint = fingerprint(doc, options.forcedLang());
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
                return;
            }
            Document processed = pipeline.run(doc);
            if (processed.text().isBlank()) {
                fail(run, item.displayPath(), doc.origin().part(), "no text left after normalisation");
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
        } catch (StageException e) {
            fail(run, item.displayPath(), doc.origin().part(), e.getMessage());
        } catch (IOException e) {
            throw new CorpusException("cannot write to the index: " + e.getMessage(), e);
        }
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

    /**
     * Everything the stored document is made from: equal fingerprints mean there is nothing to redo. Taken on the
     * extracted document (tags and metadata set, before the stages).
     */
    static String fingerprint(Document doc, String forcedLang) {
        StringBuilder key = new StringBuilder(doc.text().length() + 256)
                .append(PIPELINE_VERSION).append('\u0000')
                .append(doc.origin()).append('\u0000')
                .append(forcedLang).append('\u0000')
                .append(doc.tags()).append('\u0000')
                .append(doc.text());
        return DocumentId.contentHash(key.toString());
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
                fail(run, item.displayPath(), entry, error);
            }
        };
    }

    private void fail(SourceRun run, String path, String part, String error) {
        ImportFailure failure = new ImportFailure(path, part == null ? "" : part, error);
        failures.add(failure);
        if (run != null) {
            run.failures.add(failure);
        }
    }

    /** One file found by the walk, open until it and every archive entry in it have been processed. */
    private final class SourceRun {
        final Path file;
        final String stamp;
        final AtomicInteger pending = new AtomicInteger(1);
        final LongAdder documents = new LongAdder();
        final List<ImportFailure> failures = Collections.synchronizedList(new ArrayList<>());

        SourceRun(Path file, String stamp) {
            this.file = file;
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
                sourceFinished(new SourceTracker.Outcome(file, stamp, documents.sum(), failed));
            }
        }
    }

    private ImportReport report(Instant started) {
        Map<String, Long> languages = new TreeMap<>();
        byLanguage.forEach((lang, n) -> languages.put(lang, n.sum()));
        List<ImportReport.StageReport> stages = new ArrayList<>();
        for (StageStats s : pipeline.stats()) {
            Map<String, Long> dropped = new TreeMap<>();
            s.droppedByReason().forEach((reason, n) -> dropped.put(reason.name().toLowerCase(), n));
            stages.add(new ImportReport.StageReport(s.stage(), s.seen(), s.kept(), dropped, s.millis()));
        }
        List<ImportFailure> failed;
        synchronized (failures) {
            failed = new ArrayList<>(failures);
        }
        failed.sort(java.util.Comparator.comparing(ImportFailure::path).thenComparing(ImportFailure::part));
        return new ImportReport("import", started.toString(),
                java.time.Duration.between(started, Instant.now()).toMillis(), inputs.sum(), added.sum(),
                updated.sum(), unchanged.sum(), failed, languages, stages);
    }
}
