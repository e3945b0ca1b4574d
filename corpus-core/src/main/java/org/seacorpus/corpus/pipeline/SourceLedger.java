package org.seacorpus.corpus.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.seacorpus.corpus.CorpusException;
import org.seacorpus.corpus.CorpusLockedException;
import org.seacorpus.ingest.ImportFailure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The ledger of a corpus home ({@code <home>/ledger/}): one record per source file a pipeline imported, with the
 * file's fingerprint, the settings it was imported with, the stamp its documents carry, how many documents it
 * gave and which parts failed. It is a small Lucene index of its own, so its commits are atomic and survive
 * kill -9, and lookups stay cheap however many files there are.
 *
 * <p>Consistency with the corpus index: a file is recorded only after the corpus commit that holds all its
 * documents (see {@link org.seacorpus.corpus.SourceTracker}). After a crash the ledger can therefore lag the
 * index (a file is read again and its documents found unchanged) but never lead it (no file is skipped whose
 * documents are not stored). The commit user data holds the state of each export target.
 */
final class SourceLedger implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_FAILURES = 100;

    /**
     * What the ledger knows about one source file.
     *
     * @param source        the file's portable source name (the {@code source} field of its documents)
     * @param path          the file path on this machine, to find it again (kept inside the corpus)
     * @param group         pipeline and source name that own it ({@code name/source})
     * @param fingerprint   size, modification time and SHA-256 when it was imported
     * @param settings      key of the import settings used
     * @param stamp         stamp its documents carry
     * @param documents     documents it gave
     * @param failures      parts that failed (at most 100 kept)
     * @param missingSince  when a run first found it gone, empty while it exists
     * @param marked        its documents were marked as missing ({@code on_missing: mark})
     */
    record Entry(String source, String path, String group, FileFingerprint fingerprint, String settings,
                 String stamp, long documents, List<ImportFailure> failures, String missingSince, boolean marked) {
        Entry {
            failures = failures.size() > MAX_FAILURES ? List.copyOf(failures.subList(0, MAX_FAILURES))
                    : List.copyOf(failures);
            missingSince = missingSince == null ? "" : missingSince;
        }

        boolean missing() {
            return !missingSince.isEmpty();
        }

        Entry withFingerprint(FileFingerprint newFingerprint) {
            return new Entry(source, path, group, newFingerprint, settings, stamp, documents, failures,
                    missingSince, marked);
        }

        Entry gone(String since, boolean nowMarked) {
            return new Entry(source, path, group, fingerprint, settings, stamp, documents, failures,
                    missingSince.isEmpty() ? since : missingSince, nowMarked);
        }
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final DirectoryReader snapshot;
    private final IndexSearcher searcher;

    private SourceLedger(Directory directory, IndexWriter writer, DirectoryReader snapshot) {
        this.directory = directory;
        this.writer = writer;
        this.snapshot = snapshot;
        this.searcher = snapshot == null ? null : new IndexSearcher(snapshot);
    }

    /** Opens the ledger of a corpus home for writing, creating it when missing; one writer at a time. */
    static SourceLedger open(Path home) {
        Path dir = home.resolve("ledger");
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            writer.commit(); // a new ledger is readable at once
            return new SourceLedger(directory, writer, DirectoryReader.open(writer));
        } catch (LockObtainFailedException e) {
            close(directory);
            throw new CorpusLockedException("the source ledger " + dir + " is in use by another 'corpus run' on this "
                    + "corpus; wait for it to finish, or stop it, and try again");
        } catch (IOException e) {
            close(directory);
            throw new CorpusException("cannot open the source ledger " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Opens the ledger to read only (a dry run); a corpus without one has an empty ledger. */
    static SourceLedger readOnly(Path home) {
        Path dir = home.resolve("ledger");
        if (!Files.isDirectory(dir)) {
            return new SourceLedger(null, null, null);
        }
        Directory directory = null;
        try {
            directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                close(directory);
                return new SourceLedger(null, null, null);
            }
            return new SourceLedger(directory, null, DirectoryReader.open(directory));
        } catch (IOException e) {
            close(directory);
            throw new CorpusException("cannot read the source ledger " + dir + ": " + e.getMessage(), e);
        }
    }

    Entry lookup(String source) throws IOException {
        if (searcher == null) {
            return null;
        }
        TopDocs hits = searcher.search(new TermQuery(new Term("source", source)), 1);
        return hits.scoreDocs.length == 0 ? null : entry(searcher.storedFields().document(hits.scoreDocs[0].doc));
    }

    /** Every entry owned by a group, as of the start of this run. */
    List<Entry> group(String group) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (searcher == null) {
            return entries;
        }
        TermQuery query = new TermQuery(new Term("group", group));
        int total = Math.max(1, searcher.count(query));
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(query, total).scoreDocs) {
            entries.add(entry(stored.document(hit.doc)));
        }
        return entries;
    }

    /** Every entry of every group (a schema migration renames their sources). */
    List<Entry> all() throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (searcher == null) {
            return entries;
        }
        StoredFields stored = searcher.storedFields();
        org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(snapshot);
        for (int doc = 0; doc < snapshot.maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
                entries.add(entry(stored.document(doc)));
            }
        }
        return entries;
    }

    /** Records an entry under another source name, removing it under its old one; durable at the next commit. */
    void rename(Entry entry, String newSource) throws IOException {
        writable().deleteDocuments(new Term("source", entry.source()));
        record(new Entry(newSource, entry.path(), entry.group(), entry.fingerprint(), entry.settings(),
                entry.stamp(), entry.documents(), entry.failures(), entry.missingSince(), entry.marked()));
    }

    /** Records an entry; durable at the next {@link #commit}. */
    void record(Entry entry) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("source", entry.source(), Field.Store.YES));
        doc.add(new StringField("group", entry.group(), Field.Store.YES));
        doc.add(new StoredField("path", entry.path()));
        doc.add(new StoredField("size", entry.fingerprint().size()));
        doc.add(new StoredField("modified", entry.fingerprint().modified()));
        doc.add(new StoredField("sha256", entry.fingerprint().sha256()));
        doc.add(new StoredField("settings", entry.settings()));
        doc.add(new StoredField("stamp", entry.stamp()));
        doc.add(new StoredField("documents", entry.documents()));
        doc.add(new StoredField("failures", JSON.writeValueAsString(entry.failures())));
        doc.add(new StoredField("missing_since", entry.missingSince()));
        doc.add(new StoredField("marked", entry.marked() ? 1 : 0));
        writable().updateDocument(new Term("source", entry.source()), doc);
    }

    void commit() throws IOException {
        writable().commit();
    }

    /** The state a step keeps under {@code key} (an export target, the quality check's batch), or null. */
    String state(String key) {
        if (writer != null) {
            for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
                if (e.getKey().equals(key)) {
                    return e.getValue();
                }
            }
            return null;
        }
        return snapshot == null ? null : userData().get(key);
    }

    /** Sets a step's state and commits it. */
    void saveState(String key, String state) throws IOException {
        Map<String, String> data = new HashMap<>();
        writable().getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        data.put(key, state);
        writable().setLiveCommitData(data.entrySet());
        writable().commit();
    }

    private Map<String, String> userData() {
        try {
            return snapshot.getIndexCommit().getUserData();
        } catch (IOException e) {
            throw new CorpusException("cannot read the source ledger: " + e.getMessage(), e);
        }
    }

    private IndexWriter writable() {
        if (writer == null) {
            throw new IllegalStateException("the ledger was opened read-only (dry run)");
        }
        return writer;
    }

    private static Entry entry(Document doc) throws JsonProcessingException {
        FileFingerprint fingerprint = new FileFingerprint(number(doc, "size"), number(doc, "modified"),
                doc.get("sha256"));
        List<ImportFailure> failures = JSON.readValue(doc.get("failures"), new TypeReference<>() { });
        return new Entry(doc.get("source"), doc.get("path"), doc.get("group"), fingerprint, doc.get("settings"),
                doc.get("stamp"), number(doc, "documents"), failures, doc.get("missing_since"),
                number(doc, "marked") == 1);
    }

    private static long number(Document doc, String field) {
        return doc.getField(field).numericValue().longValue();
    }

    @Override
    public void close() {
        try {
            if (snapshot != null) {
                snapshot.close();
            }
            if (writer != null) {
                writer.close();
            }
        } catch (IOException e) {
            throw new CorpusException("cannot close the source ledger: " + e.getMessage(), e);
        } finally {
            close(directory);
        }
    }

    private static void close(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
