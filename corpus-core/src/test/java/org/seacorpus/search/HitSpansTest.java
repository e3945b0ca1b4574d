package org.seacorpus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.index.LanguageAnalyzers;
import org.seacorpus.testing.SampleCorpora;

/**
 * The hits the concordance counts by reading postings segment by segment are the ones Lucene's matches API gives
 * document by document, for words, phrases, Boolean combinations, filters and the queries only Lucene reads
 * (wildcards, proximity, regular expressions), in every language of the sample data.
 */
class HitSpansTest {
    private static final List<String[]> QUERIES = List.of(
            new String[] {"ข้าว", "th"}, new String[] {"ข้าวหอมมะลิ", "th"}, new String[] {"\"ข้าว หอม\"", "th"},
            new String[] {"ข้าว OR น้ำ", "th"}, new String[] {"ข้าว AND ราคา", "th"}, new String[] {"ข้าว -ราคา", "th"},
            new String[] {"ເຂົ້າ", "lo"}, new String[] {"ស្រូវ", "km"}, new String[] {"စပါး", "my"},
            new String[] {"lúa", "vi"}, new String[] {"hoc sinh", "vi"}, new String[] {"\"nông dân\"", "vi"},
            new String[] {"padi", null}, new String[] {"petani padi", "id"}, new String[] {"pad*", "id"},
            new String[] {"\"petani padi\"~3", "id"}, new String[] {"/pe.*i/", "id"}, new String[] {"(padi OR rice) AND NOT harga", null},
            new String[] {"稻米", "zh"}, new String[] {"*:*", "th"});

    @Test
    void spansAreThoseOfLucenesMatches() throws IOException {
        java.util.Map<String, Integer> found = new java.util.HashMap<>();
        for (Corpus corpus : List.of(SampleCorpora.sample(), SampleCorpora.generated())) {
            try (var dir = FSDirectory.open(corpus.home().indexDir());
                 DirectoryReader reader = DirectoryReader.open(dir)) {
                LanguageAnalyzers analyzers = new LanguageAnalyzers(corpus.profiles(), corpus.segmenters());
                IndexSearcher searcher = new IndexSearcher(reader);
                for (String[] q : QUERIES) {
                    List<String> filters = q[1] == null ? List.of() : List.of("-status:rejected");
                    Query query = new CorpusSearcher(reader, analyzers).buildQuery(new SearchRequest(q[0], q[1],
                            filters, 10));
                    Query rewritten = searcher.rewrite(query);
                    Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1);
                    int documents = 0;
                    for (LeafReaderContext leaf : reader.leaves()) {
                        Scorer scorer = weight.scorer(leaf);
                        if (scorer == null) {
                            continue;
                        }
                        HitSpans spans = HitSpans.of(searcher, rewritten, weight, leaf);
                        DocIdSetIterator it = scorer.iterator();
                        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                            assertThat(flat(spans.spans(doc))).as("%s in document %d", q[0], doc)
                                    .isEqualTo(flat(HitSpans.spans(weight.matches(leaf, doc))));
                            documents++;
                        }
                    }
                    found.merge(q[0], documents, Integer::sum);
                }
            }
        }
        // every query but one found something somewhere, so the comparison compared something
        assertThat(found.values().stream().filter(n -> n > 0)).hasSizeGreaterThanOrEqualTo(QUERIES.size() - 2);
    }

    private static List<List<Integer>> flat(List<int[]> spans) {
        List<List<Integer>> out = new ArrayList<>();
        spans.forEach(s -> out.add(List.of(s[0], s[1])));
        return out;
    }
}
