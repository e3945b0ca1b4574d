package org.seacorpus.search;

import java.util.Map;

/**
 * Sizes of the corpus, in total and grouped by language, script, status and source ({@code stats --json}).
 * Words are counted by each language's segmenter at import, not by whitespace.
 *
 * @param status   every selected document by status, including those left out of the other counts
 * @param excluded documents left out of the totals and the other groupings, by status (rejected, duplicate)
 */
public record CorpusStats(Counts total, Map<String, Counts> lang, Map<String, Counts> script,
                          Map<String, Counts> status, Map<String, Counts> source, Map<String, Long> excluded) {

    /** Documents, characters (code points) and words of a group. */
    public record Counts(long documents, long chars, long words) {
        Counts plus(long c, long w) {
            return new Counts(documents + 1, chars + c, words + w);
        }

        static final Counts ZERO = new Counts(0, 0, 0);
    }
}
