package org.seacorpus.stats;

/**
 * A word compared between a focus and a reference subcorpus (see {@link KeynessCalculator}).
 *
 * @param logLikelihood G², signed: positive when the word is more frequent (per million) in the focus
 * @param simpleMaths   (focus per million + k) / (reference per million + k)
 */
public record Keyword(String word, long focusFrequency, long referenceFrequency, double focusPerMillion,
                      double referencePerMillion, double logLikelihood, double simpleMaths) {
}
