package org.seacorpus.corpus;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.document.Document;
import org.seacorpus.document.FirstImport;
import org.seacorpus.document.Marks;
import org.seacorpus.document.SourceStamp;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.index.Fields;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.index.MarkFields;
import org.seacorpus.index.MarksReader;
import org.seacorpus.index.NumericLayout;
import org.seacorpus.index.WriterInfoStream;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.SegmentOptions;
import org.seacorpus.segment.Segmenters;

/**
 * Write access to a corpus index: one per writing job, holding the corpus lock for its lifetime. Documents are
 * replaced by id (so re-imports update in place); stored fields use Lucene's best compression. Marks (status,
 * tags, clusters, rejections; {@link MarkFields}) are changed in place with doc-values updates, never by
 * re-indexing the document.
 *
 * <p>Opening a store first settles what a killed writer left: the audit record of a change that reached the
 * index is moved into {@code runs/}, one that did not is dropped ({@link AuditLog}); and an index written before
 * marks were doc values is converted once ({@link MarksUpgrade}).
 */
final class CorpusStore implements AutoCloseable {
    private static final AtomicLong COMMITS_IN_THIS_PROCESS = new AtomicLong();

    private static final Set<String> LOOKUP_FIELDS = Set.of(Fields.FINGERPRINT, Fields.LANG, Fields.SOURCE_STAMP,
            Fields.CONTENT_HASH, Fields.FIRST_IMPORTED_AT, Fields.FIRST_IMPORT_SEQ, Fields.IMPORTED_AT);

    private final CorpusHome home;
    private final CorpusLock lock;
    private final Directory directory;
    private final IndexWriter writer;
    private final DirectoryReader snapshot;
    private final IndexSearcher existing;
    private final DocumentMapper mapper;
    private final AuditLog audit;
    /** What every commit of this store records (marks layout, last audit record, dedupe state). */
    private final Map<String, String> commitData = new HashMap<>();
    /** What the last commit recorded: commit data is set only when it changes, so an idle commit stays a no-op. */
    private final Map<String, String> committedData = new HashMap<>();
    /** Whether closing commits what is still uncommitted (import) or drops it (audited changes). */
    private boolean commitOnClose = true;

    /** A store whose analyzers use the corpus's own segmentation settings (its dictionaries in corpus.yaml). */
    CorpusStore(CorpusHome home, LanguageProfiles profiles, String command) {
        this(home, new LanguageAnalyzers(profiles, new Segmenters(profiles,
                SegmentOptions.fromSettings(home.config().settings(), home.dir()))), command);
    }

    CorpusStore(CorpusHome home, LanguageAnalyzers analyzers, String command) {
        this.home = home;
        this.lock = CorpusLock.acquire(home.dir(), command);
        this.audit = new AuditLog(home.runsDir());
        DirectoryReader opened;
        try {
            this.directory = FSDirectory.open(home.indexDir());
            IndexWriterConfig config = new IndexWriterConfig(analyzers)
                    .setCodec(new Lucene103Codec(Lucene103Codec.Mode.BEST_COMPRESSION))
                    .setRAMBufferSizeMB(64)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setInfoStream(WriterInfoStream.fromSystemProperty());
            this.writer = new IndexWriter(directory, config);
            opened = DirectoryReader.open(writer);
            Map<String, String> committed = opened.getIndexCommit().getUserData();
            commitData.putAll(committed);
            committedData.putAll(committed);
            audit.reconcile(committed.get(AuditLog.COMMIT_KEY));
            if (MarksUpgrade.needed(opened)) {
                new MarksUpgrade(writer, opened).run();
                commitData.put(MarkFields.LAYOUT_KEY, MarkFields.LAYOUT_VERSION);
                commit("upgrade-marks", Map.of("reason", "marks moved to in-place-updatable doc values"));
                opened.close();
                opened = DirectoryReader.open(writer);
            }
            commitData.put(MarkFields.LAYOUT_KEY, MarkFields.LAYOUT_VERSION);
        } catch (LockObtainFailedException e) {
            lock.close();
            throw new CorpusLockedException("the index of corpus " + home.dir() + " is locked by another writer: "
                    + e.getMessage());
        } catch (IOException e) {
            lock.close();
            throw new CorpusException("cannot open the index of corpus " + home.dir() + ": " + e.getMessage(), e);
        }
        this.snapshot = opened;
        this.existing = new IndexSearcher(snapshot);
        // an index keeps the numeric layout it was written in (Lucene refuses a field whose schema changes)
        this.mapper = new DocumentMapper(analyzers.profiles(), analyzers.segmenters())
                .withLayout(NumericLayout.of(opened));
    }

    /** What the store already holds for an id: enough to tell unchanged inputs and to carry the marks over. */
    record Existing(String fingerprint, String lang, String contentHash, String stamp, Marks marks,
                    FirstImport firstImport) {
    }

    Existing lookup(String id) throws IOException {
        if (snapshot.maxDoc() == 0) {
            return null; // a new corpus: nothing to look up
        }
        // the id's postings, leaf by leaf: what a TermQuery would find, without a searcher's scoring and collecting
        BytesRef term = new BytesRef(id);
        for (LeafReaderContext leaf : snapshot.leaves()) {
            Terms terms = leaf.reader().terms(Fields.ID);
            if (terms == null) {
                continue;
            }
            TermsEnum termsEnum = terms.iterator();
            if (!termsEnum.seekExact(term)) {
                continue;
            }
            PostingsEnum postings = termsEnum.postings(null, PostingsEnum.NONE);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return existing(leaf.reader(), doc);
                }
            }
        }
        return null;
    }

    private static Existing existing(LeafReader reader, int doc) throws IOException {
        org.apache.lucene.document.Document stored = reader.storedFields().document(doc, LOOKUP_FIELDS);
        Marks marks = MarksReader.of(reader, doc);
        var at = stored.getField(Fields.FIRST_IMPORTED_AT);
        var seq = stored.getField(Fields.FIRST_IMPORT_SEQ);
        var imported = stored.getField(Fields.IMPORTED_AT);
        FirstImport first = at != null ? new FirstImport(at.numericValue().longValue(),
                seq == null ? 0 : seq.numericValue().longValue())
                : new FirstImport(imported == null ? 0 : imported.numericValue().longValue(), 0);
        return new Existing(stored.get(Fields.FINGERPRINT), stored.get(Fields.LANG),
                stored.get(Fields.CONTENT_HASH), stored.get(Fields.SOURCE_STAMP), marks, first);
    }

    /**
     * Gives a stored, otherwise unchanged document a newer source stamp: read back, stamped, written again with
     * its fingerprint and import time (the analysed fields are rebuilt from the stored text; no stage runs).
     */
    void restamp(String id, SourceStamp stamp) throws IOException {
        TopDocs hits = existing.search(new TermQuery(new Term(Fields.ID, id)), 1);
        if (hits.scoreDocs.length == 0) {
            return;
        }
        DocumentMapper.Stored stored = new org.seacorpus.index.StoredDocuments(snapshot, mapper)
                .read(hits.scoreDocs[0].doc);
        writer.updateDocument(new Term(Fields.ID, id),
                mapper.toLucene(stored.document().with(stamp), stored.fingerprint(), stored.importedAt()));
    }

    /** Adds or replaces a document (its marks are written with it). */
    void write(Document doc, String fingerprint) throws IOException {
        write(doc, fingerprint, Instant.now());
    }

    /**
     * Adds a document the store does not hold: its id is in neither the snapshot this store opened with
     * ({@link #lookup} found nothing) nor anything written since. Unlike {@link #write} it buffers no delete
     * of the id, which Lucene would otherwise look up in every segment at each flush.
     */
    void add(Document doc, String fingerprint) throws IOException {
        writer.addDocument(mapper.toLucene(doc, fingerprint, Instant.now()));
    }

    /** Writes a document imported elsewhere at {@code importedAt} (a shard built from corpus-spark's output). */
    void write(Document doc, String fingerprint, Instant importedAt) throws IOException {
        writer.updateDocument(new Term(Fields.ID, doc.id()), mapper.toLucene(doc, fingerprint, importedAt));
    }

    /** Changes the marks of the document {@code id} in place; nothing else of it is touched. */
    void updateMarks(String id, Marks before, Marks after) throws IOException {
        Field[] updates = MarkFields.updates(before, after);
        if (updates.length > 0) {
            writer.updateDocValues(new Term(Fields.ID, id), updates);
        }
    }

    /** Documents updated by doc id whose updates have not been moved to disk yet. */
    private int pendingByDoc;

    /**
     * Changes the marks of a document of this store's snapshot ({@link #reader()}), addressed by its global doc id
     * ({@code IndexWriter.tryUpdateDocValue}): the update is attached to the document's segment directly, so the
     * commit does not look {@code id} up in every segment's terms once per updated field, which was a third of a
     * first dedupe's CPU at 100k documents. When the segment is no longer the writer's (merged away since the
     * snapshot), the update falls back to {@code id}. Updates are moved to disk (not committed) every
     * {@link #UPDATES_IN_MEMORY} documents, so a million marks do not sit in the heap until the commit; they
     * become visible, with everything else, at the commit.
     */
    void updateMarks(int snapshotDoc, String id, Marks before, Marks after) throws IOException {
        Field[] updates = MarkFields.updates(before, after);
        if (updates.length == 0) {
            return;
        }
        if (writer.tryUpdateDocValue(snapshot, snapshotDoc, updates) < 0) {
            writer.updateDocValues(new Term(Fields.ID, id), updates);
            return;
        }
        if (++pendingByDoc >= updatesInMemory) {
            pendingByDoc = 0;
            DirectoryReader.open(writer, true, true).close(); // writes the pending doc-values updates
        }
    }

    /**
     * Documents whose by-doc-id mark updates are held in memory before they are written: about 120 MB (system
     * property {@code seacorpus.marks.updatesInMemory}, for tests of the writing in several steps).
     */
    static final int UPDATES_IN_MEMORY = 100_000;
    private final int updatesInMemory = Math.max(1, Integer.getInteger("seacorpus.marks.updatesInMemory",
            UPDATES_IN_MEMORY));

    /**
     * Changes stored documents in place ({@link ChangeWalker#rewrite}): in place when only their marks change, else
     * re-indexed with their import fingerprint and time. Nothing is committed.
     */
    ChangeWalker.Counts rewrite(Query query, UnaryOperator<Document> change, boolean dryRun,
                                ChangeWalker.RewriteListener listener) throws IOException {
        return new ChangeWalker(this).rewrite(query, change, dryRun, listener);
    }

    /** Changes the marks of the matching documents in place ({@link ChangeWalker#mark}). Nothing is committed. */
    ChangeWalker.Counts mark(Query query, ChangeWalker.MarkChanger change, boolean dryRun,
                             MarkedDocument.Listener listener, boolean withParts) throws IOException {
        return new ChangeWalker(this).mark(query, change, dryRun, listener, withParts);
    }

    /** Changes the marks of the given documents in place ({@link ChangeWalker#markDocs}). Nothing is committed. */
    ChangeWalker.Counts markDocs(int[] docs, java.util.function.IntFunction<String> idOf,
                                 ChangeWalker.DocChanger change, boolean dryRun, MarkedDocument.Listener listener)
            throws IOException {
        return new ChangeWalker(this).markDocs(docs, idOf, change, dryRun, listener);
    }

    /** Re-indexes a changed document, keeping its import fingerprint and time. */
    void rewrite(DocumentMapper.Stored stored, Document after) throws IOException {
        writer.updateDocument(new Term(Fields.ID, after.id()),
                mapper.toLucene(after, stored.fingerprint(), stored.importedAt()));
    }

    IndexSearcher searcher() {
        return existing;
    }

    DocumentMapper mapper() {
        return mapper;
    }

    /** Commits what was written (import checkpoints). */
    void commit() throws IOException {
        recordCommitData();
        writer.commit();
        COMMITS_IN_THIS_PROCESS.incrementAndGet();
    }

    /**
     * Commits made by this process so far (any corpus): a reader kept open ({@link Corpus#keepReaderOpen()})
     * refreshes at once when it changed, so this process always reads its own writes.
     */
    static long commitsInThisProcess() {
        return COMMITS_IN_THIS_PROCESS.get();
    }

    /** Hands the writer the commit data when it changed (setting it makes the next commit a new generation). */
    private void recordCommitData() {
        if (!commitData.equals(committedData)) {
            writer.setLiveCommitData(Map.copyOf(commitData).entrySet());
            committedData.clear();
            committedData.putAll(commitData);
        }
    }

    /**
     * Commits what was written together with its audit record: the record is made durable first, the commit names
     * it, and it joins {@code runs/} once the commit is done. A crash at any point leaves either both (the next
     * open finishes moving the record) or neither (the next open drops the record). Returns the record's file.
     */
    java.nio.file.Path commit(String kind, Object record) throws IOException {
        AuditLog.Pending pending = audit.prepare(kind, record);
        commitData.put(AuditLog.COMMIT_KEY, pending.name());
        commit();
        return audit.promote(pending);
    }

    /** Sets a value that every following commit records (e.g. the dedupe state); null removes it. */
    void commitData(String key, String value) {
        if (value == null) {
            commitData.remove(key);
        } else {
            commitData.put(key, value);
        }
    }

    /** True when the next commit would record other commit data than the last one did. */
    boolean commitDataChanged() {
        return !commitData.equals(committedData);
    }

    /** The value a commit of this index recorded under {@code key} (as of this store's opening), or null. */
    String committed(String key) {
        return commitData.get(key);
    }

    /**
     * Makes {@link #close} drop whatever was not committed: a change that must be committed with its audit record
     * ({@link #commit(String, Object)}) is never committed without it, e.g. after an error half-way.
     */
    CorpusStore auditedChangesOnly() {
        commitOnClose = false;
        return this;
    }

    IndexWriter writer() {
        return writer;
    }

    /** The committed state this store opened with (what {@link #rewrite} iterates). */
    DirectoryReader reader() {
        return snapshot;
    }

    CorpusHome home() {
        return home;
    }

    @Override
    public void close() {
        try {
            snapshot.close();
            if (writer.isOpen() && !commitOnClose) {
                writer.rollback(); // nothing left uncommitted without its audit record
            } else if (writer.isOpen()) {
                recordCommitData();
                writer.close(); // commits what was written
                COMMITS_IN_THIS_PROCESS.incrementAndGet();
            }
            directory.close();
        } catch (IOException e) {
            throw new CorpusException("cannot close the index cleanly: " + e.getMessage(), e);
        } finally {
            lock.close();
        }
    }
}
