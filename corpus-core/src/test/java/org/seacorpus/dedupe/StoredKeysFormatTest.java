package org.seacorpus.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.document.DedupeKeys;
import org.seacorpus.document.Document;
import org.seacorpus.document.SourceLocation;
import org.seacorpus.index.Fields;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.index.StoredDocuments;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.search.SearchRequest;

/**
 * Since format 3 the stored {@code dedupe_keys} value holds only the shingle count and the line hashes: the
 * signature and the shingle set are read back from their doc values, the band keys are not kept. A corpus written
 * in format 2 (the same documents, each stored value packed the old way, with the signature, the band keys and the
 * set) reads back the same keys, deduplicates to the same marks, exports the same rows and answers searches the
 * same; a document of either rewritten (re-indexed, not just re-marked) keeps its signature and set.
 */
class StoredKeysFormatTest {
    @TempDir
    Path tmp;

    @Test
    void aCorpusWithWholeStoredKeysReadsDedupesExportsAndRewritesAsOneWithout() throws IOException {
        Corpus fresh = PlantedFixtures.plantedCorpus(tmp.resolve("new"), tmp, List.of("th", "km"));
        Map<String, byte[]> freshValues = storedValues(fresh);
        assertThat(freshValues).isNotEmpty();
        for (byte[] value : freshValues.values()) {
            int lines = ByteBuffer.wrap(value, 5, 4).getInt();
            assertThat(value[0]).isEqualTo((byte) 3);
            assertThat(value).as("version, shingles, line hashes only").hasSize(9 + 8 * lines);
        }
        Corpus old = formatTwo(fresh, tmp.resolve("old"));
        assertThat(storedValues(old).values()).allMatch(v -> v[0] == 2);

        // the same keys back: the signature and set from doc values here, from the stored value there
        Map<String, DedupeKeys> freshKeys = keys(fresh);
        Map<String, DedupeKeys> oldKeys = keys(old);
        assertThat(freshKeys.keySet()).isEqualTo(oldKeys.keySet());
        int signed = 0;
        for (Map.Entry<String, DedupeKeys> e : freshKeys.entrySet()) {
            DedupeKeys a = e.getValue();
            DedupeKeys b = oldKeys.get(e.getKey());
            assertThat(a.bands()).isEmpty();
            assertThat(a).isEqualTo(withoutBands(b));
            if (a.hasSignature()) {
                signed++;
                assertThat(a.shingleSet()).isNotEmpty();
                assertThat(b.bands()).isEqualTo(bandsOf(b));
            }
        }
        assertThat(signed).isGreaterThan(10);

        // export and search answer the same
        assertThat(exported(old, "old")).isEqualTo(exported(fresh, "new"));
        for (String query : List.of("ข้าว", "*:*")) {
            assertThat(hits(old, query)).isEqualTo(hits(fresh, query));
        }

        // documents re-indexed from either layout keep their signatures and sets
        Map<String, String> minhash = docValues(fresh, Fields.MINHASH);
        Map<String, String> sets = docValues(fresh, Fields.SHINGLE_SET);
        assertThat(minhash).hasSize(signed);
        for (Corpus corpus : List.of(fresh, old)) {
            corpus.rewrite("move", new MatchAllDocsQuery(), d -> d.with(new SourceLocation("file:///moved/"
                    + d.id())), false, null);
            assertThat(docValues(corpus, Fields.MINHASH)).isEqualTo(minhash);
            assertThat(docValues(corpus, Fields.SHINGLE_SET)).isEqualTo(sets);
            assertThat(storedValues(corpus).values()).allMatch(v -> v[0] == 3);
            assertThat(keys(corpus)).isEqualTo(freshKeys);
        }

        // and deduplicate to the same marks
        DedupeReport onFresh = fresh.dedupe(DedupeOptions.DEFAULTS, null);
        DedupeReport onOld = old.dedupe(DedupeOptions.DEFAULTS, null);
        CorpusMarks marks = CorpusMarks.read(fresh);
        assertThat(marks.count("duplicate")).as("the planted copies are found").isGreaterThan(10);
        assertThat(CorpusMarks.read(old)).isEqualTo(marks);
        assertThat(onOld.clusters()).isEqualTo(onFresh.clusters());
        assertThat(onOld.near().groups()).isEqualTo(onFresh.near().groups());
    }

    private static DedupeKeys withoutBands(DedupeKeys k) {
        return new DedupeKeys(k.looseHash(), k.scheme(), k.shingles(), k.signature(), null, k.lineHashes(),
                k.shingleSet());
    }

    private static long[] bandsOf(DedupeKeys k) {
        SignatureScheme scheme = SignatureScheme.signingOf(k.scheme(), SignatureScheme.DEFAULT).orElseThrow();
        return new MinHashSigner(scheme).bands(k.signature());
    }

    /**
     * The stored value as format 2 packed it: version, shingle count, the signature, the band keys, the line
     * hashes and the shingle set.
     */
    private static byte[] formatTwoValue(DedupeKeys k, long[] bands) {
        ByteBuffer out = ByteBuffer.allocate(1 + 4 + 4 + k.signature().length + 4 + 8 * bands.length + 4
                + 8 * k.lineHashes().length + 4 + 4 * k.shingleSet().length);
        out.put((byte) 2).putInt(k.shingles()).putInt(k.signature().length).put(k.signature());
        out.putInt(bands.length);
        for (long band : bands) {
            out.putLong(band);
        }
        out.putInt(k.lineHashes().length);
        for (long line : k.lineHashes()) {
            out.putLong(line);
        }
        out.putInt(k.shingleSet().length);
        for (int shingle : k.shingleSet()) {
            out.putInt(shingle);
        }
        return out.array();
    }

    /** A copy of {@code from}'s home whose documents hold their dedupe keys as format 2 stored them. */
    private static Corpus formatTwo(Corpus from, Path home) throws IOException {
        return OlderCorpus.rewrite(from, home, new LanguageAnalyzers(LanguageProfiles.builtIn()), (s, mapper) -> {
            DedupeKeys keys = s.document().annotation(DedupeKeys.class).orElseThrow();
            org.apache.lucene.document.Document lucene = mapper.toLucene(s.document(), s.fingerprint(),
                    s.importedAt());
            lucene.removeField(Fields.DEDUPE_KEYS);
            long[] bands = keys.hasSignature() ? bandsOf(keys) : new long[0];
            lucene.add(new StoredField(Fields.DEDUPE_KEYS, formatTwoValue(keys, bands)));
            return lucene;
        });
    }

    /** Each live document's stored {@code dedupe_keys} value, by id. */
    private static Map<String, byte[]> storedValues(Corpus corpus) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (var dir = FSDirectory.open(corpus.home().indexDir()); var reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            for (int d = 0; d < reader.maxDoc(); d++) {
                if (live == null || live.get(d)) {
                    var doc = reader.storedFields().document(d);
                    out.put(doc.get(Fields.ID), BytesRef.deepCopyOf(doc.getBinaryValue(Fields.DEDUPE_KEYS)).bytes);
                }
            }
        }
        return out;
    }

    /** Each live document's keys as the store reads them back, by id. */
    private static Map<String, DedupeKeys> keys(Corpus corpus) throws IOException {
        Map<String, DedupeKeys> out = new TreeMap<>();
        try (var dir = FSDirectory.open(corpus.home().indexDir()); var reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            StoredDocuments stored = new StoredDocuments(reader);
            for (int d = 0; d < reader.maxDoc(); d++) {
                if (live == null || live.get(d)) {
                    Document doc = stored.read(d).document();
                    out.put(doc.id(), doc.annotation(DedupeKeys.class).orElseThrow());
                }
            }
        }
        return out;
    }

    /** A binary doc-values field of each live document, in hex, by id. */
    private static Map<String, String> docValues(Corpus corpus, String field) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var dir = FSDirectory.open(corpus.home().indexDir()); var reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                BinaryDocValues values = DocValues.getBinary(leaf.reader(), field);
                var ids = DocValues.getSorted(leaf.reader(), Fields.ID);
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if ((live == null || live.get(d)) && values.advanceExact(d) && ids.advanceExact(d)) {
                        BytesRef v = values.binaryValue();
                        out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(),
                                HexFormat.of().formatHex(v.bytes, v.offset, v.length));
                    }
                }
            }
        }
        return out;
    }

    /** The rows an export writes (JSON Lines, every file), sorted; never none. */
    private List<String> exported(Corpus corpus, String name) throws IOException {
        List<String> rows = OlderCorpus.exportedRows(corpus, tmp.resolve("export-" + name));
        assertThat(rows).isNotEmpty();
        return rows;
    }

    private static List<String> hits(Corpus corpus, String query) {
        return corpus.search(new SearchRequest(query, null, List.of(), 50)).hits().stream()
                .map(h -> h.id() + " " + h.score()).toList();
    }
}
