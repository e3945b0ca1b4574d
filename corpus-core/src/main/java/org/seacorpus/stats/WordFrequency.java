package org.seacorpus.stats;

/**
 * A word (or n-gram, words separated by spaces) and how often it occurs.
 *
 * @param word       as it is most often written in the subcorpus (see {@link WrittenForms})
 * @param frequency  occurrences in the subcorpus
 * @param perMillion occurrences per million words of the subcorpus
 * @param documents  documents it occurs in (document frequency)
 * @param form       the folded form it is counted under (case and width folded, NFKC: what the index holds)
 */
public record WordFrequency(String word, long frequency, double perMillion, long documents, String form) {
    /** A word written as it is counted. */
    public WordFrequency(String word, long frequency, double perMillion, long documents) {
        this(word, frequency, perMillion, documents, word);
    }
}
