package org.seacorpus.dedupe;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.IntPredicate;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.index.Fields;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;

/**
 * The ids and loose keys of the documents a dedupe run deals with (the members of clusters), looked up once
 * each and in term order. Ids are sorted doc values whose terms dictionary is compressed in blocks; looked up in
 * doc order (random term order, ids being hashes), every lookup decompressed a block, which was two thirds of
 * resolving clusters at 100k documents (JFR). Sorting each segment's wanted documents by ord first reads every
 * block once.
 *
 * <p>Memory: one reference and one {@code long} per document of the index, and one id string per selected
 * document.
 */
record KeyTable(String[] ids, long[] looseKeys) {
    private static final Hasher64 LOOSE = Hashing.xxh3_64();

    /** The ids and loose keys of the live documents {@code wanted} accepts (global doc ids). */
    static KeyTable of(IndexReader reader, Bits live, IntPredicate wanted) throws IOException {
        String[] ids = new String[reader.maxDoc()];
        long[] loose = new long[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            int max = leaf.reader().maxDoc();
            long[] byId = new long[16];
            long[] byLoose = new long[16];
            int nId = 0;
            int nLoose = 0;
            SortedDocValues idValues = DocValues.getSorted(leaf.reader(), Fields.ID);
            SortedDocValues looseValues = DocValues.getSorted(leaf.reader(), Fields.LOOSE_HASH);
            for (int d = 0; d < max; d++) {
                int doc = leaf.docBase + d;
                if (live != null && !live.get(doc) || !wanted.test(doc)) {
                    continue;
                }
                if (idValues.advanceExact(d)) {
                    if (nId == byId.length) {
                        byId = Arrays.copyOf(byId, nId * 2);
                    }
                    byId[nId++] = (long) idValues.ordValue() << 32 | d;
                }
                if (looseValues.advanceExact(d)) {
                    if (nLoose == byLoose.length) {
                        byLoose = Arrays.copyOf(byLoose, nLoose * 2);
                    }
                    byLoose[nLoose++] = (long) looseValues.ordValue() << 32 | d;
                }
            }
            Arrays.sort(byId, 0, nId);
            for (int i = 0; i < nId; i++) {
                ids[leaf.docBase + (int) byId[i]] = idValues.lookupOrd((int) (byId[i] >>> 32)).utf8ToString();
            }
            Arrays.sort(byLoose, 0, nLoose);
            int lastOrd = -1;
            long lastKey = 0;
            for (int i = 0; i < nLoose; i++) {
                int ord = (int) (byLoose[i] >>> 32);
                if (ord != lastOrd) {
                    lastKey = looseKey(looseValues.lookupOrd(ord));
                    lastOrd = ord;
                }
                loose[leaf.docBase + (int) byLoose[i]] = lastKey;
            }
        }
        return new KeyTable(ids, loose);
    }

    /** A 64-bit key of a loose hash term, never 0 (the key of "no loose hash"). */
    static long looseKey(BytesRef term) {
        long key = LOOSE.hashBytesToLong(term.bytes, term.offset, term.length);
        return key == 0 ? 1 : key;
    }
}
