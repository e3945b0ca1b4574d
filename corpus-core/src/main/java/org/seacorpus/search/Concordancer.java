package org.seacorpus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.seacorpus.index.Fields;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.index.MarksReader;
import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.document.Marks;

/**
 * Builds a keyword-in-context concordance: every hit of a query in corpus order, each with its context cut by
 * the document language's segmenter ({@link ContextCutter}). Hits are the match offsets Lucene records for the
 * query (a phrase is one hit; overlapping matches, e.g. a word and its syllables, are merged). Every hit is
 * counted; stored text is read only for the lines kept: the first {@code limit} in corpus order, or, when
 * sorting, up to {@code maxLines}, which are then sorted ({@link KwicSort}) and cut to {@code limit}.
 */
public final class Concordancer {
    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final LanguageAnalyzers analyzers;
    private final Segmenters segmenters;

    public Concordancer(IndexReader reader, LanguageAnalyzers analyzers, Segmenters segmenters) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.analyzers = analyzers;
        this.segmenters = segmenters;
    }

    public KwicResult run(KwicRequest request) throws IOException {
        KwicSort sort = request.sort() == null ? null : KwicSort.parse(request.sort());
        Query query = new CorpusSearcher(reader, analyzers).buildQuery(request.search());
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        int keep = sort == null ? request.limit() : request.maxLines();
        List<KwicLine> lines = new ArrayList<>();
        long documents = 0;
        long hits = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            // a sorted concordance reads many documents in order: decompress each block once
            StoredFields storedFields = sort != null ? SequentialStoredFields.of(leaf.reader())
                    : leaf.reader().storedFields();
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                documents++;
                List<int[]> spans = spans(weight.matches(leaf, doc));
                hits += spans.size();
                if (lines.size() < keep && !spans.isEmpty()) {
                    org.apache.lucene.document.Document stored = storedFields.document(doc);
                    Marks marks = MarksReader.of(leaf.reader(), doc); // marks are doc values, not stored
                    for (int[] span : spans) {
                        if (lines.size() < keep) {
                            lines.add(line(stored, marks, span, request));
                        }
                    }
                }
            }
        }
        if (sort != null) {
            sort.sort(lines, request.search().lang());
        }
        List<KwicLine> shown = new ArrayList<>(lines.subList(0, Math.min(request.limit(), lines.size())));
        return new KwicResult(documents, hits, sort != null && hits > request.maxLines(), shown);
    }

    private KwicLine line(org.apache.lucene.document.Document stored, Marks marks, int[] span,
                          KwicRequest request) {
        String text = stored.get(Fields.TEXT);
        String lang = stored.get(Fields.LANG);
        Segmenter segmenter = segmenters.forLanguage(lang);
        ContextCutter.Context left = ContextCutter.left(text, span[0], segmenter, request.context(),
                request.columns());
        ContextCutter.Context right = ContextCutter.right(text, span[1], segmenter, request.context(),
                request.columns());
        return new KwicLine(stored.get(Fields.ID), stored.get(Fields.SOURCE), stored.get(Fields.PART),
                stored.get(Fields.TITLE), lang, marks.status().value(),
                marks.duplicate() == null ? null : marks.duplicate().cluster(),
                marks.duplicate() == null ? null : marks.duplicate().duplicateOf(), new ArrayList<>(marks.tags()),
                span[0], span[1], left.text(),
                ContextCutter.oneLine(text.substring(span[0], span[1])), right.text(), left.words(), right.words());
    }

    /** Match offsets in text order, overlapping ones merged (a word and its syllables are one hit). */
    static List<int[]> spans(Matches matches) throws IOException {
        List<int[]> raw = new ArrayList<>();
        if (matches == null) {
            return raw;
        }
        for (String field : matches) {
            MatchesIterator it = matches.getMatches(field);
            while (it != null && it.next()) {
                if (it.startOffset() >= 0 && it.endOffset() > it.startOffset()) {
                    raw.add(new int[] {it.startOffset(), it.endOffset()});
                }
            }
        }
        raw.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparingInt(m -> -m[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] m : raw) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && m[0] < last[1]) {
                last[1] = Math.max(last[1], m[1]);
            } else {
                merged.add(new int[] {m[0], m[1]});
            }
        }
        return merged;
    }
}
