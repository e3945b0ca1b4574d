package org.seacorpus.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.seacorpus.document.DedupeKeys;
import org.seacorpus.document.Document;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.document.Origin;

/** Dedupe keys survive the trip into the index and back, which rewrites depend on. */
class DedupeKeysFieldsTest {
    private final DocumentMapper mapper = new DocumentMapper();

    private static Document doc() {
        Origin origin = new Origin("file:///in/a.txt", "", "text/plain", "UTF-8", null, null, Map.of());
        return Document.extracted(origin, "ชาวนาปลูกข้าว").withLanguage(
                new LanguageInfo("th", "Thai", 1.0, java.util.List.of(), false));
    }

    @Test
    void keysRoundTripWithTheirIndexedFieldsAndNoBandTerms() {
        byte[] signature = new byte[256];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = (byte) (i * 7);
        }
        DedupeKeys keys = new DedupeKeys("0123456789abcdef0123456789abcdef", "w5-m256x8-b28r5", 42, signature,
                new long[] {1, -2, Long.MAX_VALUE}, new long[] {-5, 7});
        Document with = doc().with(keys);
        org.apache.lucene.document.Document lucene = mapper.toLucene(with, "fp", Instant.EPOCH);

        // the band keys are not terms (the dedupe job cuts the signature into bands itself), nor stored (format 3)
        for (int band = 0; band < 4; band++) {
            assertThat(lucene.getFields(Fields.lshField(band))).isEmpty();
        }
        assertThat(lucene.getFields(Fields.LINE_HASH)).hasSize(2);
        assertThat(lucene.getField(Fields.MINHASH)).isNotNull();
        // stored: the format, the shingle count and the line hashes; the signature and set are in doc values
        assertThat(lucene.getBinaryValue(Fields.DEDUPE_KEYS).length).isEqualTo(1 + 4 + 4 + 2 * 8);

        DedupeKeys withoutBands = new DedupeKeys(keys.looseHash(), keys.scheme(), keys.shingles(),
                keys.signature(), null, keys.lineHashes(), keys.shingleSet());
        Document back = storedOnly(lucene);
        assertThat(back.annotation(DedupeKeys.class)).contains(withoutBands);
        assertThat(back).isEqualTo(with.with(withoutBands));
    }

    @Test
    void keysReadFromTheStoredValueAloneAreNotWrittenAgain() throws IOException {
        byte[] signature = new byte[140];
        signature[3] = 9;
        DedupeKeys keys = new DedupeKeys("0123456789abcdef0123456789abcdef", "w5-s140x8-b28r5", 12, signature, null,
                new long[] {3}, new int[] {-4, 1, 8});
        org.apache.lucene.document.Document lucene = mapper.toLucene(doc().with(keys), "fp", Instant.EPOCH);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                writer.addDocument(lucene);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                Document partial = mapper.fromLucene(reader.storedFields().document(0),
                        MarksReader.of(reader.leaves().get(0).reader(), 0)).document();
                DedupeKeys stored = partial.annotation(DedupeKeys.class).orElseThrow();
                assertThat(stored.hasSignature()).isFalse();
                assertThat(stored.shingleSet()).isEmpty();
                assertThat(stored.lineHashes()).containsExactly(3);
                assertThatThrownBy(() -> mapper.toLucene(partial, "fp", Instant.EPOCH))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("signature");
                Document whole = mapper.fromLucene(reader.leaves().get(0).reader(), 0).document();
                assertThat(whole.annotation(DedupeKeys.class)).contains(keys);
            }
        }
    }

    @Test
    void aDocumentWithoutSignatureHasNoBandsAndOneWithoutKeysReadsBackWithout() {
        DedupeKeys noSignature = new DedupeKeys("ffffffffffffffffffffffffffffffff", "w5-m256x8-b28r5", 0, null, null,
                null);
        org.apache.lucene.document.Document lucene = mapper.toLucene(doc().with(noSignature), "fp", Instant.EPOCH);
        assertThat(lucene.getField(Fields.MINHASH)).isNull();
        assertThat(lucene.getField(Fields.lshField(0))).isNull();
        assertThat(storedOnly(lucene).annotation(DedupeKeys.class)).contains(noSignature);
        assertThat(storedOnly(mapper.toLucene(doc(), "fp", Instant.EPOCH)).annotation(DedupeKeys.class)).isEmpty();
    }

    @Test
    void theLineTermsAndTheStoredValueAreTheBytesOfBefore() {
        // session 16 writes both from VarHandles into one array: the same bytes as Fields.hashTerm and a ByteBuffer
        long[] lines = {Long.MIN_VALUE, -5, 0, 7, 0x0102030405060708L, Long.MAX_VALUE};
        for (int count = 0; count <= lines.length; count++) {
            long[] some = java.util.Arrays.copyOf(lines, count);
            DedupeKeys keys = new DedupeKeys("0123456789abcdef0123456789abcdef", "w5-s140x8-b28r5", 0x01020304,
                    new byte[140], null, some, new int[] {-4, 1, 8});
            org.apache.lucene.document.Document lucene = new org.apache.lucene.document.Document();
            new DedupeKeysFields().write(keys, lucene);
            var terms = lucene.getFields(Fields.LINE_HASH);
            assertThat(terms).hasSize(count);
            for (int i = 0; i < count; i++) {
                assertThat(terms[i].binaryValue()).isEqualTo(Fields.hashTerm(some[i]));
            }
            java.nio.ByteBuffer before = java.nio.ByteBuffer.allocate(1 + 4 + 4 + 8 * count);
            before.put(DedupeKeysFields.VERSION).putInt(keys.shingles()).putInt(count);
            for (long line : some) {
                before.putLong(line);
            }
            assertThat(lucene.getBinaryValue(Fields.DEDUPE_KEYS))
                    .isEqualTo(new org.apache.lucene.util.BytesRef(before.array()));
        }
    }

    /** Writes the document to an index in memory and reads it back (stored fields and marks). */
    static Document storedOnly(org.apache.lucene.document.Document full) {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                writer.addDocument(full);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return new StoredDocuments(reader).read(0).document();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
