package org.seacorpus.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.document.DedupeKeys;
import org.seacorpus.document.Marks;
import org.seacorpus.index.DedupeKeysFields;
import org.seacorpus.index.Fields;
import org.seacorpus.index.StoredDocuments;

/**
 * The ways dedupe reads and writes faster give the same answers as the plain ways, on real Thai, Khmer and Lao
 * corpora imported in three runs (three segments): marks written by doc id and moved to disk in several steps
 * equal marks written in one; signatures and shingle sets read in any order equal those read in doc order; and
 * the Jaccard of two shingle sets compared in place equals that of the decoded sets.
 */
class MarksByDocIdTest {
    @TempDir
    Path tmp;

    @Test
    void marksWrittenInManySmallStepsEqualMarksWrittenAtOnce() throws IOException {
        Corpus once = planted(tmp.resolve("once"));
        Corpus steps = planted(tmp.resolve("steps"));
        DedupeReport a = once.dedupe(DedupeOptions.DEFAULTS, null);
        String before = System.getProperty("seacorpus.marks.updatesInMemory");
        System.setProperty("seacorpus.marks.updatesInMemory", "5"); // moved to disk every 5 documents
        DedupeReport b;
        try {
            b = steps.dedupe(DedupeOptions.DEFAULTS, null);
        } finally {
            if (before == null) {
                System.clearProperty("seacorpus.marks.updatesInMemory");
            } else {
                System.setProperty("seacorpus.marks.updatesInMemory", before);
            }
        }
        assertThat(a.changed()).isEqualTo(3 * 21); // per language: 18 duplicates, 3 kept members
        assertThat(b.changed()).isEqualTo(a.changed());
        Map<String, Marks> marksA = marks(once);
        assertThat(marks(steps)).isEqualTo(marksA);
        assertThat(marksA.values().stream().filter(m -> m.duplicate() != null).count()).isEqualTo(3 * 21);
    }

    @Test
    void valuesReadInAnyOrderEqualValuesReadInDocOrderAndJaccardInPlaceEqualsDecoded() throws IOException {
        Corpus corpus = planted(tmp.resolve("corpus"));
        try (var dir = FSDirectory.open(corpus.home().indexDir()); DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(reader.leaves()).hasSizeGreaterThanOrEqualTo(2);
            for (String field : List.of(Fields.MINHASH, Fields.SHINGLE_SET)) {
                Map<Integer, byte[]> forward = forward(reader, field);
                assertThat(forward).hasSizeGreaterThan(60); // 23 documents a language
                List<Integer> docs = new ArrayList<>();
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    docs.add(doc);
                }
                Collections.shuffle(docs, new Random(17));
                SignatureReader values = new SignatureReader(reader, field);
                for (int doc : docs) {
                    byte[] expected = forward.get(doc);
                    assertThat(values.read(doc)).as(field + " of " + doc).isEqualTo(expected);
                }
            }
            Map<Integer, byte[]> sets = forward(reader, Fields.SHINGLE_SET);
            List<Integer> docs = new ArrayList<>(sets.keySet());
            Random random = new Random(3);
            for (int i = 0; i < 2000; i++) {
                byte[] x = sets.get(docs.get(random.nextInt(docs.size())));
                byte[] y = sets.get(docs.get(random.nextInt(docs.size())));
                byte[] shifted = new byte[y.length + 3]; // a value at an offset, as doc values hand them out
                System.arraycopy(y, 0, shifted, 3, y.length);
                assertThat(DedupeKeysFields.jaccard(new BytesRef(x), new BytesRef(shifted, 3, y.length)))
                        .isEqualTo(DedupeKeys.jaccard(DedupeKeysFields.shingleSet(new BytesRef(x)),
                                DedupeKeysFields.shingleSet(new BytesRef(y))));
            }
        }
    }

    /** A corpus of the same planted files (written once, so both corpora hold the same ids), in three imports. */
    private Corpus planted(Path home) throws IOException {
        Corpus corpus = Corpus.create(home, "by-doc-id");
        for (String lang : List.of("th", "km", "lo")) {
            Path in = tmp.resolve("in-" + lang);
            if (!java.nio.file.Files.isDirectory(in)) {
                PlantedFixtures.write(in, PlantedCorpus.build(lang));
            }
            corpus.importFrom(ImportOptions.of(List.of(in)).withForcedLang(lang), null);
        }
        return corpus;
    }

    private static Map<Integer, byte[]> forward(DirectoryReader reader, String field) throws IOException {
        Map<Integer, byte[]> out = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
            if (values == null) {
                continue;
            }
            for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
                out.put(leaf.docBase + d, BytesRef.deepCopyOf(values.binaryValue()).bytes);
            }
        }
        return out;
    }

    private static Map<String, Marks> marks(Corpus corpus) throws IOException {
        Map<String, Marks> out = new TreeMap<>();
        try (var dir = FSDirectory.open(corpus.home().indexDir()); DirectoryReader reader = DirectoryReader.open(dir)) {
            StoredDocuments stored = new StoredDocuments(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                var d = stored.read(doc).document();
                out.put(d.id(), d.marks());
            }
        }
        return out;
    }
}
