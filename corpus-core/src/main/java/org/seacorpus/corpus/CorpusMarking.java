package org.seacorpus.corpus;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

import org.apache.lucene.search.Query;
import org.seacorpus.dedupe.DedupeJob;
import org.seacorpus.dedupe.DedupeOptions;
import org.seacorpus.dedupe.DedupeReport;
import org.seacorpus.dedupe.DedupeState;
import org.seacorpus.document.Document;
import org.seacorpus.index.MarkQueries;

/**
 * The jobs of {@link Corpus} that change stored documents without importing them: marks in place (curation,
 * dedupe, undo, pipeline clean-up) and rewrites (metadata fixes). Each opens a {@link CorpusStore} that never
 * commits a change without its audit record ({@link CorpusStore#auditedChangesOnly}), and commits the change and
 * the record together ({@link CorpusStore#commit(String, Object)}).
 */
final class CorpusMarking {
    private final Corpus corpus;

    CorpusMarking(Corpus corpus) {
        this.corpus = corpus;
    }

    /**
     * As {@link #rewrite(String, Query, UnaryOperator, boolean, BiConsumer)}; the audit record is
     * {@code record.apply(report)} when {@code record} is given (curation writes its own), else the report with the
     * changed ids.
     */
    RewriteReport rewrite(String job, Query query, UnaryOperator<Document> change, boolean dryRun,
                          BiConsumer<Document, Document> listener,
                          java.util.function.Function<RewriteReport, Object> record) {
        java.time.Instant started = java.time.Instant.now();
        corpus.requireWritable(job);
        try (CorpusStore store = new CorpusStore(corpus.home(), corpus.analyzers(), job).auditedChangesOnly()) {
            ChangeWalker.Counts counts = store.rewrite(query, change, dryRun,
                    listener == null ? (a, b) -> { } : listener::accept);
            return finish(store, job, started, query, dryRun, counts, record, record != null);
        } catch (IOException e) {
            throw new CorpusException("cannot update corpus " + corpus.home().dir() + ": " + e.getMessage(), e);
        }
    }

    RewriteReport mark(String job, Query query, ChangeWalker.MarkChanger change, boolean dryRun,
                       MarkedDocument.Listener listener, boolean withParts,
                       java.util.function.Function<RewriteReport, Object> record) {
        java.time.Instant started = java.time.Instant.now();
        corpus.requireWritable(job);
        try (CorpusStore store = new CorpusStore(corpus.home(), corpus.analyzers(), job).auditedChangesOnly()) {
            ChangeWalker.Counts counts = store.mark(query, change, dryRun, listener, withParts);
            return finish(store, job, started, query, dryRun, counts, record, record != null);
        } catch (IOException e) {
            throw new CorpusException("cannot update corpus " + corpus.home().dir() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The report; unless a dry run, commits the change with its audit record. When nothing changed, nothing is
     * committed (the index keeps its version) and the record is written only when {@code always}.
     */
    private RewriteReport finish(CorpusStore store, String job, java.time.Instant started, Query query,
                                 boolean dryRun, ChangeWalker.Counts counts,
                                 java.util.function.Function<RewriteReport, Object> record, boolean always)
            throws IOException {
        RewriteReport report = new RewriteReport(job, started.toString(),
                java.time.Duration.between(started, java.time.Instant.now()).toMillis(), query.toString(), dryRun,
                counts.matched, counts.changed(), counts.inPlace, null);
        if (dryRun || counts.changed() == 0 && !always && !store.commitDataChanged()) {
            return report;
        }
        Object audited = record != null ? record.apply(report) : withDocuments(report, counts.ids);
        String kind = job.replace(' ', '-');
        if (counts.changed() == 0 && !store.commitDataChanged()) {
            return report.recordedIn(corpus.home().appendRun(kind, audited)); // no change to commit it with
        }
        return report.recordedIn(store.commit(kind, audited));
    }

    /**
     * A report as its audit record: its fields and, as {@code changed_ids}, the ids of the documents it changed
     * (what {@code corpus history ID} looks for).
     */
    static Map<String, Object> withDocuments(Object report, List<String> ids) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = new java.util.LinkedHashMap<>(CorpusHome.JSON.convertValue(report, Map.class));
        map.put("changed_ids", ids);
        return map;
    }

    /**
     * Deduplicates: finds exact and near-duplicate clusters and boilerplate lines, marks every cluster member
     * except the kept one as {@code duplicate} (nothing is deleted) and gives every member its cluster and the
     * cluster's size. Marks are doc-values updates; they, the dedupe state and the audit record (the report with
     * the changed ids) are committed together. After a first run only documents imported since are compared. A
     * dry run reports and changes nothing.
     *
     * @param listener told of each document whose marks change; may be null
     */
    DedupeReport dedupe(DedupeOptions options, MarkedDocument.Listener listener) {
        java.time.Instant started = java.time.Instant.now();
        corpus.requireWritable("dedupe");
        try (CorpusStore store = new CorpusStore(corpus.home(), corpus.analyzers(), "dedupe").auditedChangesOnly()) {
            DedupeState before = dedupeState(store);
            DedupeJob.Result result = new DedupeJob(store.reader(), options, before,
                    corpus.dedupeSettings(), corpus.segmenters()).run();
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long writeStart = System.nanoTime();
            long writeCpu = threads.getCurrentThreadCpuTime();
            var plan = result.plan();
            ChangeWalker.Counts counts = store.markDocs(plan.docs(), plan::id, plan::apply, options.dryRun(),
                    listener);
            DedupeReport report = result.report().withChanged(counts.changed(),
                    (System.nanoTime() - writeStart) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - writeCpu) / 1_000_000,
                    java.time.Duration.between(started, java.time.Instant.now()).toMillis());
            if (options.dryRun()) {
                return report;
            }
            if (counts.changed() == 0 && result.state().sameRunAs(before)
                    && store.committed(DedupeState.COMMIT_KEY) != null) {
                // nothing to commit: the index stays at its version (a batch run then skips an up-to-date export)
                corpus.home().appendRun("dedupe", withDocuments(report, counts.ids));
                return report;
            }
            store.commitData(DedupeState.COMMIT_KEY, result.state().toJson());
            store.commit("dedupe", withDocuments(report, counts.ids));
            DedupeState.reset(corpus.home().dir()); // the state lives in the commit; an old file would mislead
            return report;
        } catch (IOException e) {
            throw new CorpusException("cannot deduplicate corpus " + corpus.home().dir() + ": " + e.getMessage(), e);
        }
    }

    /** The state of the last dedupe run: in the last commit, or (corpora from before) in dedupe-state.json. */
    private DedupeState dedupeState(CorpusStore store) {
        String committed = store.committed(DedupeState.COMMIT_KEY);
        return committed != null ? DedupeState.fromJson(committed) : DedupeState.read(corpus.home().dir());
    }

    /**
     * Undoes deduplication: every document loses its cluster and duplicate_of, duplicates become {@code ok}
     * again (rejected ones stay rejected), and the next dedupe compares everything. In place, with its audit
     * record, in one commit.
     */
    RewriteReport undoDuplicates(boolean dryRun, MarkedDocument.Listener listener) {
        java.time.Instant started = java.time.Instant.now();
        corpus.requireWritable("dedupe-undo");
        try (CorpusStore store = new CorpusStore(corpus.home(), corpus.analyzers(), "dedupe-undo")
                .auditedChangesOnly()) {
            Query marked = MarkQueries.deduplicated();
            ChangeWalker.Counts counts = store.mark(marked, (id, m) -> m.withoutDuplicate(), dryRun, listener,
                    false);
            if (!dryRun) {
                store.commitData(DedupeState.COMMIT_KEY, null);
                DedupeState.reset(corpus.home().dir());
            }
            return finish(store, "dedupe-undo", started, marked, dryRun, counts, null, false);
        } catch (IOException e) {
            throw new CorpusException("cannot undo the dedupe marks of corpus " + corpus.home().dir() + ": "
                    + e.getMessage(), e);
        }
    }
}
