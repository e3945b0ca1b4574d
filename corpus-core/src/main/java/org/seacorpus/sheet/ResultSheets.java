package org.seacorpus.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.seacorpus.search.KwicLine;
import org.seacorpus.search.KwicResult;
import org.seacorpus.search.SearchHit;
import org.seacorpus.search.SearchResult;
import org.seacorpus.stats.Collocate;
import org.seacorpus.stats.CollocationResult;
import org.seacorpus.stats.FrequencyList;
import org.seacorpus.stats.KeynessResult;
import org.seacorpus.stats.Keyword;
import org.seacorpus.stats.WordFrequency;

/**
 * The results of searches and word statistics as sheets, with the columns their TSV and table output have, built
 * from the result records the façade returns (so a change inside the statistics does not touch this).
 */
public final class ResultSheets {
    private ResultSheets() {
    }

    /** A concordance: one row per line, the left context, the hit and the right context in their own columns. */
    public static Sheet concordance(KwicResult result) {
        List<List<Object>> rows = new ArrayList<>();
        for (KwicLine line : result.lines()) {
            rows.add(Arrays.asList(line.left(), line.hit(), line.right(), line.id(), line.lang(), line.source(),
                    line.part(), line.start(), line.end()));
        }
        return new Sheet("concordance", List.of("left", "hit", "right", "id", "lang", "source", "part", "start",
                "end"), rows);
    }

    /** Documents found by a search. */
    public static Sheet hits(SearchResult result) {
        List<List<Object>> rows = new ArrayList<>();
        for (SearchHit hit : result.hits()) {
            rows.add(Arrays.asList(hit.id(), hit.lang(), hit.status(), hit.source(), hit.part(), hit.title(),
                    hit.score(), hit.snippet()));
        }
        return new Sheet("hits", List.of("id", "lang", "status", "source", "part", "title", "score", "snippet"),
                rows);
    }

    /** A frequency list. */
    public static Sheet frequencies(FrequencyList list) {
        return new Sheet("frequencies", List.of("rank", "word", "freq", "per million", "docs"), rows(list));
    }

    /** N-gram lists: one sheet, the n of each row in its first column. */
    public static Sheet ngrams(List<FrequencyList> lists) {
        List<List<Object>> rows = new ArrayList<>();
        for (FrequencyList list : lists) {
            for (List<Object> row : rows(list)) {
                List<Object> withN = new ArrayList<>();
                withN.add(list.n());
                withN.addAll(row);
                rows.add(withN);
            }
        }
        return new Sheet("ngrams", List.of("n", "rank", "n-gram", "freq", "per million", "docs"), rows);
    }

    /** The collocates of a node word with every association score. */
    public static Sheet collocations(CollocationResult result) {
        List<List<Object>> rows = new ArrayList<>();
        int rank = 0;
        for (Collocate c : result.collocates()) {
            rows.add(Arrays.asList(++rank, c.word(), c.cooccurrences(), c.frequency(), c.expected(), c.logDice(), c.mi(),
                    c.mi3(), c.tScore(), c.logLikelihood()));
        }
        return new Sheet("collocates of " + result.node(), List.of("rank", "collocate", "together", "freq",
                "expected", "logdice", "mi", "mi3", "tscore", "ll"), rows);
    }

    /** Keywords: positive ones first, then negative ones, marked in the first column. */
    public static Sheet keyness(KeynessResult result) {
        List<List<Object>> rows = new ArrayList<>();
        addKeywords(rows, "positive", result.positive());
        addKeywords(rows, "negative", result.negative());
        return new Sheet("keywords", List.of("side", "rank", "word", "focus", "focus per million", "reference",
                "reference per million", "ll", "simple"), rows);
    }

    private static void addKeywords(List<List<Object>> rows, String side, List<Keyword> keywords) {
        int rank = 0;
        for (Keyword w : keywords) {
            rows.add(Arrays.asList(side, ++rank, w.word(), w.focusFrequency(), w.focusPerMillion(), w.referenceFrequency(),
                    w.referencePerMillion(), w.logLikelihood(), w.simpleMaths()));
        }
    }

    private static List<List<Object>> rows(FrequencyList list) {
        List<List<Object>> rows = new ArrayList<>();
        int rank = 0;
        for (WordFrequency w : list.words()) {
            rows.add(Arrays.asList(++rank, w.word(), w.frequency(), w.perMillion(), w.documents()));
        }
        return rows;
    }
}
