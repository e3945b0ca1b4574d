package org.seacorpus.index;

import java.io.IOException;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.seacorpus.document.Marks;

/**
 * Reads whole documents back from an index: the stored fields and the marks (doc values), by top-level doc id.
 * The one way to get a {@link org.seacorpus.document.Document} out of the store, so that nobody reads a
 * document without its current marks.
 */
public final class StoredDocuments {
    private final IndexReader reader;
    private final DocumentMapper mapper;

    public StoredDocuments(IndexReader reader, DocumentMapper mapper) {
        this.reader = reader;
        this.mapper = mapper;
    }

    public StoredDocuments(IndexReader reader) {
        this(reader, new DocumentMapper());
    }

    /** The document with top-level id {@code doc}. */
    public DocumentMapper.Stored read(int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        int local = doc - leaf.docBase;
        return mapper.fromLucene(leaf.reader(), local);
    }

    /** The marks of the document with top-level id {@code doc}. */
    public static Marks marks(IndexReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        return MarksReader.of(leaf.reader(), doc - leaf.docBase);
    }
}
