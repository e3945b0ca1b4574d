package org.seacorpus.stats;

/**
 * A word compared between a focus and a reference subcorpus (see {@link KeynessCalculator}).
 *
 * @param word          as it is most often written in the two subcorpora (see {@link WrittenForms})
 * @param logLikelihood G², signed: positive when the word is more frequent (per million) in the focus
 * @param simpleMaths   (focus per million + k) / (reference per million + k)
 * @param form          the folded form it is counted under
 */
public record Keyword(String word, long focusFrequency, long referenceFrequency, double focusPerMillion,
                      double referencePerMillion, double logLikelihood, double simpleMaths, String form) {
    /** A keyword written as it is counted. */
    public Keyword(String word, long focusFrequency, long referenceFrequency, double focusPerMillion,
                   double referencePerMillion, double logLikelihood, double simpleMaths) {
        this(word, focusFrequency, referenceFrequency, focusPerMillion, referencePerMillion, logLikelihood,
                simpleMaths, word);
    }

    /** The same keyword shown as {@code written}. */
    Keyword writtenAs(String written) {
        return new Keyword(written, focusFrequency, referenceFrequency, focusPerMillion, referencePerMillion,
                logLikelihood, simpleMaths, form);
    }
}
