package org.seacorpus.stats;

/**
 * How evenly a word is spread over the parts of a subcorpus (documents, or the values of a field).
 *
 * @param range  parts the word occurs in
 * @param parts  parts of the subcorpus that have words
 * @param dp     Gries' deviation of proportions: 0 when the word is spread exactly as the words of the parts
 *               are, towards 1 when it is packed in one small part; null when the word does not occur
 * @param dpNorm DP divided by its largest possible value, 1 − (size of the smallest part / N) (Lijffijt and
 *               Gries 2012); null when the word does not occur or there is a single part
 */
public record Dispersion(String word, long frequency, double perMillion, long range, long parts, Double dp,
                         Double dpNorm) {
    /** Range as a share of the parts, 0 to 1. */
    public double rangeShare() {
        return parts == 0 ? 0 : (double) range / parts;
    }
}
