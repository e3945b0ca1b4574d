package org.seacorpus.stats;

import java.util.List;

/**
 * Keywords of a focus subcorpus against a reference subcorpus.
 *
 * @param positive  words typical of the focus, strongest first
 * @param negative  words typical of the reference (rare in the focus), strongest first
 * @param smoothing the constant k of simple maths
 */
public record KeynessResult(long focusTokens, long focusDocuments, long referenceTokens, long referenceDocuments,
                            KeynessCalculator.Measure measure, double smoothing, List<Keyword> positive,
                            List<Keyword> negative) {
}
