package org.seacorpus.corpus;

import java.io.IOException;
import java.time.Instant;

import org.seacorpus.document.Document;

/**
 * Writes documents that went through the import stages elsewhere (corpus-spark's prepare and dedupe) into a corpus
 * home, in the store format of {@code corpus import}: the same fields, analyzers, fingerprint and marks, so that
 * search, statistics and a later re-import treat them as their own. Holds the corpus lock until closed; what was
 * added is committed on close.
 */
public final class CorpusLoader implements AutoCloseable {
    private final CorpusStore store;
    private long added;

    private CorpusLoader(CorpusStore store) {
        this.store = store;
    }

    /** Opens the corpus for loading (refused for a read-only set of shards). */
    public static CorpusLoader open(Corpus corpus) {
        if (corpus.readOnly()) {
            throw new CorpusException("cannot load documents into a read-only set of shards");
        }
        return new CorpusLoader(new CorpusStore(corpus.home(), corpus.analyzers(), "load"));
    }

    /**
     * Adds (or replaces, by id) a processed document.
     *
     * @param importedAt when it was imported (its prepare run), for the keep policy and {@code imported_at} filters
     */
    public void add(Document doc, Instant importedAt) throws IOException {
        Document extracted = doc.normalization().changed()
                ? doc.withText(doc.normalization().original(), doc.normalization()) : doc;
        String forced = doc.language().forced() ? doc.language().lang() : null;
        store.write(doc, ImportFingerprint.of(extracted, forced), importedAt);
        added++;
    }

    /** Documents added so far. */
    public long added() {
        return added;
    }

    @Override
    public void close() {
        store.close();
    }
}
