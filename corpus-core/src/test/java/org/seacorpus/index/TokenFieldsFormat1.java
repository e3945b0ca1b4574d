package org.seacorpus.index;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BytesRef;

/**
 * A test-only writer of token format 1 (the format before session 18: the document's distinct forms as sorted-set
 * doc values {@code tokens} and {@code tokens.surface}, and in {@code tokens.seq} each form's rank among them in
 * byte order): it rewrites the format-2 token fields {@link TokenFields} put into a Lucene document. A converter
 * rather than a stored fixture, so that any document a test makes can be written in either format, and old and
 * new documents can share segments.
 */
public final class TokenFieldsFormat1 {
    private TokenFieldsFormat1() {
    }

    /** Rewrites {@code doc}'s token fields in format 1 (in place; a document without them is left as it is). */
    public static org.apache.lucene.document.Document rewrite(org.apache.lucene.document.Document doc) {
        IndexableField field = doc.getField(Fields.TOKEN_SEQUENCE);
        if (field == null) {
            return doc;
        }
        BytesRef bytes = field.binaryValue();
        if (bytes.bytes[bytes.offset] != TokenFields.FORMAT) {
            throw new IllegalArgumentException("not token format 2");
        }
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset + 1, bytes.length - 1);
        List<BytesRef> forms = inline(in);
        List<BytesRef> written = inline(in);
        int[] formRank = ranks(forms);
        int[] writtenRank = ranks(written);
        TokenFields.VInts sequence = new TokenFields.VInts(bytes.length);
        sequence.writeByte(TokenFields.FORMAT_1);
        while (!in.eof()) {
            int entry = in.readVInt();
            sequence.writeVInt(formRank[entry >>> TokenFields.SHIFT] << TokenFields.SHIFT
                    | entry & ((1 << TokenFields.SHIFT) - 1));
            if ((entry & TokenFields.WRITTEN) != 0) {
                sequence.writeVInt(writtenRank[in.readVInt()]);
            }
        }
        doc.removeFields(Fields.TOKEN_SEQUENCE);
        for (BytesRef form : forms) {
            doc.add(new SortedSetDocValuesField(Fields.TOKENS, form));
        }
        for (BytesRef form : written) {
            doc.add(new SortedSetDocValuesField(Fields.TOKEN_SURFACES, form));
        }
        doc.add(new BinaryDocValuesField(Fields.TOKEN_SEQUENCE, BytesRef.deepCopyOf(sequence.bytes())));
        return doc;
    }

    /**
     * Rewrites the documents of the index in {@code indexDir} whose number {@code which} accepts with format-1
     * token fields (the others keep format 2), as a corpus imported partly before session 18 and partly after
     * would hold them; the rewritten documents go to a new segment.
     */
    public static void rewriteIndex(java.nio.file.Path indexDir, org.seacorpus.lang.LanguageProfiles profiles,
                                    org.seacorpus.segment.Segmenters segmenters, java.util.function.IntPredicate which)
            throws java.io.IOException {
        try (var dir = org.apache.lucene.store.FSDirectory.open(indexDir);
             var writer = new org.apache.lucene.index.IndexWriter(dir,
                     new org.apache.lucene.index.IndexWriterConfig(new LanguageAnalyzers(profiles, segmenters)));
             var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
            DocumentMapper mapper = new DocumentMapper(profiles, segmenters);
            StoredDocuments stored = new StoredDocuments(reader, mapper);
            int rewritten = 0;
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (which.test(doc)) {
                    DocumentMapper.Stored s = stored.read(doc);
                    writer.updateDocument(new org.apache.lucene.index.Term(Fields.ID, s.document().id()),
                            rewrite(mapper.toLucene(s.document(), s.fingerprint(), s.importedAt())));
                    rewritten++;
                }
            }
            if (rewritten == 0) {
                throw new IllegalStateException("no document rewritten");
            }
        }
    }

    private static List<BytesRef> inline(ByteArrayDataInput in) {
        int count = in.readVInt();
        List<BytesRef> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            byte[] b = new byte[in.readVInt()];
            in.readBytes(b, 0, b.length);
            out.add(new BytesRef(b));
        }
        return out;
    }

    /** Each value's rank in byte order (the order of a sorted-set's ordinals). */
    private static int[] ranks(List<BytesRef> values) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> values.get(a).compareTo(values.get(b)));
        int[] rank = new int[values.size()];
        for (int r = 0; r < order.size(); r++) {
            rank[order.get(r)] = r;
        }
        return rank;
    }
}
