package org.seacorpus.corpus;

import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.seacorpus.document.Document;
import org.seacorpus.document.SourceStamp;
import org.seacorpus.document.Status;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.index.Fields;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.SegmentOptions;
import org.seacorpus.segment.Segmenters;

/**
 * Write access to a corpus index: one per writing job, holding the corpus lock for its lifetime. Documents are
 * replaced by id (so re-imports update in place); stored fields use Lucene's best compression.
 */
final class CorpusStore implements AutoCloseable {
    private final CorpusLock lock;
    private final Directory directory;
    private final IndexWriter writer;
    private final DirectoryReader snapshot;
    private final IndexSearcher existing;
    private final DocumentMapper mapper;
    /**
     * The import time of every document this job writes: one instant per run, so "imported first" (dedupe's keep
     * policy) means an earlier run, and documents of one run fall to the smaller id: the same choice on every run,
     * whatever order the import's threads wrote them in.
     */
    private final Instant openedAt = Instant.now();

    /** What the store already holds for an id: enough to tell unchanged inputs and to keep curation. */
    record Existing(String fingerprint, String lang, Status status, Set<String> tags, String stamp) {
        /** Curation survives an update: rejected stays rejected, tags stay. Duplicates are re-decided by dedupe. */
        Document carryCuration(Document doc) {
            Set<String> merged = new TreeSet<>(tags);
            merged.addAll(doc.tags());
            Document out = doc.withTags(merged);
            return status == Status.REJECTED ? out.withStatus(Status.REJECTED) : out;
        }
    }

    /** A store whose analyzers use the corpus's own segmentation settings (its dictionaries in corpus.yaml). */
    CorpusStore(CorpusHome home, LanguageProfiles profiles, String command) {
        this(home, new LanguageAnalyzers(profiles, new Segmenters(profiles,
                SegmentOptions.fromSettings(home.config().settings(), home.dir()))), command);
    }

    CorpusStore(CorpusHome home, LanguageAnalyzers analyzers, String command) {
        this.mapper = new DocumentMapper(analyzers.profiles(), analyzers.segmenters());
        this.lock = CorpusLock.acquire(home.dir(), command);
        try {
            this.directory = FSDirectory.open(home.indexDir());
            IndexWriterConfig config = new IndexWriterConfig(analyzers)
                    .setCodec(new Lucene103Codec(Lucene103Codec.Mode.BEST_COMPRESSION))
                    .setRAMBufferSizeMB(64)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = new IndexWriter(directory, config);
            this.snapshot = DirectoryReader.open(writer);
            this.existing = new IndexSearcher(snapshot);
        } catch (LockObtainFailedException e) {
            lock.close();
            throw new CorpusLockedException("the index of corpus " + home.dir() + " is locked by another writer: "
                    + e.getMessage());
        } catch (IOException e) {
            lock.close();
            throw new CorpusException("cannot open the index of corpus " + home.dir() + ": " + e.getMessage(), e);
        }
    }

    Existing lookup(String id) throws IOException {
        TopDocs hits = existing.search(new TermQuery(new Term(Fields.ID, id)), 1);
        if (hits.scoreDocs.length == 0) {
            return null;
        }
        org.apache.lucene.document.Document stored = existing.storedFields().document(hits.scoreDocs[0].doc);
        Set<String> tags = new TreeSet<>(java.util.Arrays.asList(stored.getValues(Fields.TAGS)));
        return new Existing(stored.get(Fields.FINGERPRINT), stored.get(Fields.LANG),
                Status.parse(stored.get(Fields.STATUS)), tags, stored.get(Fields.SOURCE_STAMP));
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
        DocumentMapper.Stored stored = mapper.fromLucene(existing.storedFields().document(hits.scoreDocs[0].doc));
        writer.updateDocument(new Term(Fields.ID, id),
                mapper.toLucene(stored.document().with(stamp), stored.fingerprint(), stored.importedAt()));
    }

    void write(Document doc, String fingerprint) throws IOException {
        write(doc, fingerprint, openedAt);
    }

    /** Writes a document imported elsewhere at {@code importedAt} (a shard built from corpus-spark's output). */
    void write(Document doc, String fingerprint, Instant importedAt) throws IOException {
        writer.updateDocument(new Term(Fields.ID, doc.id()), mapper.toLucene(doc, fingerprint, importedAt));
    }

    /**
     * Changes stored documents in place: each live document matching {@code query} (in the committed state this
     * store opened) is read back, passed to {@code change}, and written again when the result differs. The
     * import fingerprint and time are kept, so a later re-import still sees the input as unchanged.
     *
     * @param listener told of every document that changes (before and after), also in a dry run
     * @return documents matched and documents changed
     */
    RewriteCounts rewrite(Query query, UnaryOperator<Document> change, boolean dryRun,
                          BiConsumer<Document, Document> listener) throws IOException {
        long matched = 0;
        long changed = 0;
        for (LeafReaderContext leaf : snapshot.leaves()) {
            Weight weight = existing.createWeight(existing.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            StoredFields storedFields = leaf.reader().storedFields();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                matched++;
                DocumentMapper.Stored stored = mapper.fromLucene(storedFields.document(doc));
                Document before = stored.document();
                Document after = change.apply(before);
                if (after.equals(before)) {
                    continue;
                }
                changed++;
                listener.accept(before, after);
                if (!dryRun) {
                    writer.updateDocument(new Term(Fields.ID, after.id()),
                            mapper.toLucene(after, stored.fingerprint(), stored.importedAt()));
                }
            }
        }
        if (!dryRun) {
            writer.commit();
        }
        return new RewriteCounts(matched, changed);
    }

    /** What a rewrite matched and changed. */
    record RewriteCounts(long matched, long changed) {
    }

    void commit() throws IOException {
        writer.commit();
    }

    IndexWriter writer() {
        return writer;
    }

    /** The committed state this store opened with (what {@link #rewrite} iterates). */
    DirectoryReader reader() {
        return snapshot;
    }

    @Override
    public void close() {
        try {
            snapshot.close();
            if (writer.isOpen()) {
                writer.close(); // commits what was written
            }
            directory.close();
        } catch (IOException e) {
            throw new CorpusException("cannot close the index cleanly: " + e.getMessage(), e);
        } finally {
            lock.close();
        }
    }
}
