package org.seacorpus.search;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.seacorpus.document.Status;
import org.seacorpus.index.Fields;
import org.seacorpus.index.MarkFields;
import org.seacorpus.index.MarksReader;

/**
 * Computes {@link CorpusHealth}: statuses and languages from doc values in one pass, then exact copies from the
 * terms of {@code content_hash} (DESIGN §4: a term with more than one live {@code ok} document is a group of
 * copies). Memory: one bit per document.
 */
public final class HealthCollector {
    private HealthCollector() {
    }

    public static CorpusHealth collect(IndexReader reader) throws IOException {
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> okByLanguage = new TreeMap<>();
        FixedBitSet ok = new FixedBitSet(Math.max(1, reader.maxDoc()));
        long documents = 0;
        for (LeafReaderContext context : reader.leaves()) {
            LeafReader leaf = context.reader();
            Bits live = leaf.getLiveDocs();
            NumericDocValues statuses = DocValues.getNumeric(leaf, MarkFields.STATUS);
            SortedDocValues langs = DocValues.getSorted(leaf, Fields.LANG);
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                documents++;
                String status = MarksReader.status(statuses, doc).value();
                byStatus.merge(status, 1L, Long::sum);
                if (status.equals(Status.OK.value())) {
                    ok.set(context.docBase + doc);
                    okByLanguage.merge(value(langs, doc), 1L, Long::sum);
                }
            }
        }
        return new CorpusHealth(documents, byStatus, okByLanguage, exactCopies(reader, ok));
    }

    private static long exactCopies(IndexReader reader, FixedBitSet ok) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Fields.CONTENT_HASH);
        if (terms == null) {
            return 0;
        }
        long copies = 0;
        TermsEnum hashes = terms.iterator();
        for (BytesRef hash = hashes.next(); hash != null; hash = hashes.next()) {
            if (hashes.docFreq() < 2) {
                continue; // docFreq counts deleted documents too, so a single one is never a group
            }
            PostingsEnum postings = MultiTerms.getTermPostingsEnum(reader, Fields.CONTENT_HASH, hash,
                    PostingsEnum.NONE);
            long inGroup = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (ok.get(doc)) {
                    inGroup++;
                }
            }
            copies += Math.max(0, inGroup - 1);
        }
        return copies;
    }

    private static String value(SortedDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }
}
