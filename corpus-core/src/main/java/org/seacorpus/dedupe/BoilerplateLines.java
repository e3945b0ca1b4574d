package org.seacorpus.dedupe;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.TreeMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
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
 * Boilerplate lines: lines (folded as {@link TextKeys#lineHash}) that occur in at least the
 * {@link LineThreshold}'s number of documents. The {@code line_hash} terms dictionary is the table: a line's
 * document count is its term's postings, counting only live documents that are not duplicates. Nothing is
 * marked in the store; export asks {@link #isBoilerplate} line by line when it is told to drop boilerplate.
 *
 * <pre>{@code
 * BoilerplateLines lines = new BoilerplateLines(reader, LineThreshold.DEFAULT);
 * text.lines().filter(line -> !lines.isBoilerplate(line))...
 * }</pre>
 *
 * Not thread-safe (it caches the counts it has looked up).
 */
public final class BoilerplateLines {
    /** A boilerplate line, as shown in reports. */
    public record Line(String text, long documents) {
    }

    /** What a scan of all lines found. */
    public record Summary(long requiredDocuments, long lines, long occurrences, Map<String, Long> documentsByLanguage,
                          List<Line> top) {
    }

    private final IndexReader reader;
    private final Bits counted;
    private final long required;
    private final Map<Long, Long> cache = new HashMap<>();
    private final TermsEnum terms;
    private PostingsEnum postings;

    /** Lines of the documents stored now: live and not {@code duplicate}. */
    public BoilerplateLines(IndexReader reader, LineThreshold threshold) throws IOException {
        this(reader, threshold, notDuplicates(reader));
    }

    /** Lines of the documents in {@code counted} only. */
    BoilerplateLines(IndexReader reader, LineThreshold threshold, FixedBitSet counted) throws IOException {
        this.reader = reader;
        this.counted = counted;
        this.required = threshold.requiredDocs(counted.cardinality());
        Terms t = MultiTerms.getTerms(reader, Fields.LINE_HASH);
        this.terms = t == null ? null : t.iterator();
    }

    /** True when the line (after folding) occurs in enough counted documents. */
    public boolean isBoilerplate(String line) throws IOException {
        OptionalLong hash = TextKeys.lineHash(line);
        return hash.isPresent() && documents(hash.getAsLong()) >= required;
    }

    /** Counted documents containing the line's hash. */
    long documents(long hash) throws IOException {
        Long known = cache.get(hash);
        if (known != null) {
            return known;
        }
        long n = 0;
        if (terms != null && terms.seekExact(Fields.hashTerm(hash)) && terms.docFreq() >= required) {
            n = count();
        }
        cache.put(hash, n);
        return n;
    }

    /** Finds every boilerplate line: how many, how often, which languages, and the {@code top} most common. */
    public Summary scan(int top) throws IOException {
        Terms all = MultiTerms.getTerms(reader, Fields.LINE_HASH);
        FixedBitSet affected = new FixedBitSet(Math.max(1, reader.maxDoc()));
        PriorityQueue<long[]> best = new PriorityQueue<>(Comparator.comparingLong((long[] e) -> e[1]));
        long lines = 0;
        long occurrences = 0;
        if (all != null) {
            TermsEnum it = all.iterator();
            PostingsEnum p = null;
            for (BytesRef term = it.next(); term != null; term = it.next()) {
                if (it.docFreq() < required) {
                    continue;
                }
                p = it.postings(p, PostingsEnum.NONE);
                long n = 0;
                int first = -1;
                for (int doc = p.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = p.nextDoc()) {
                    if (counted.get(doc)) {
                        n++;
                        affected.set(doc);
                        first = first < 0 ? doc : first;
                    }
                }
                if (n < required) {
                    continue;
                }
                lines++;
                occurrences += n;
                best.add(new long[] {Fields.hashOfTerm(term), n, first});
                if (best.size() > top) {
                    best.poll();
                }
            }
        }
        List<Line> topLines = new ArrayList<>();
        for (long[] e : best.stream().sorted(Comparator.comparingLong((long[] x) -> -x[1])).toList()) {
            topLines.add(new Line(lineText((int) e[2], e[0]), e[1]));
        }
        return new Summary(required, lines, occurrences, languages(affected), topLines);
    }

    private long count() throws IOException {
        postings = terms.postings(postings, PostingsEnum.NONE);
        long n = 0;
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (counted.get(doc)) {
                n++;
            }
        }
        return n;
    }

    /** The line as written in one document that has it. */
    private String lineText(int doc, long hash) throws IOException {
        String text = reader.storedFields().document(doc, java.util.Set.of(Fields.TEXT)).get(Fields.TEXT);
        if (text != null) {
            for (String line : text.lines().toList()) {
                OptionalLong h = TextKeys.lineHash(line);
                if (h.isPresent() && h.getAsLong() == hash) {
                    return line.strip();
                }
            }
        }
        return "";
    }

    private Map<String, Long> languages(FixedBitSet docs) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues lang = DocValues.getSorted(leaf.reader(), Fields.LANG);
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                if (docs.get(leaf.docBase + d) && lang.advanceExact(d)) {
                    out.merge(lang.lookupOrd(lang.ordValue()).utf8ToString(), 1L, Long::sum);
                }
            }
        }
        return out;
    }

    /** Live documents whose status is not {@code duplicate}. */
    static FixedBitSet notDuplicates(IndexReader reader) throws IOException {
        FixedBitSet out = new FixedBitSet(Math.max(1, reader.maxDoc()));
        Bits live = MultiBits.getLiveDocs(reader);
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues status = DocValues.getNumeric(leaf.reader(), MarkFields.STATUS);
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                int doc = leaf.docBase + d;
                if (live != null && !live.get(doc)) {
                    continue;
                }
                if (MarksReader.status(status, d) != Status.DUPLICATE) {
                    out.set(doc);
                }
            }
        }
        return out;
    }
}
