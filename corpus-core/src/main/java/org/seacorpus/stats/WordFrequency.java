package org.seacorpus.stats;

/**
 * A word (or n-gram, words separated by spaces) and how often it occurs.
 *
 * @param frequency  occurrences in the subcorpus
 * @param perMillion occurrences per million words of the subcorpus
 * @param documents  documents it occurs in (document frequency)
 */
public record WordFrequency(String word, long frequency, double perMillion, long documents) {
}
