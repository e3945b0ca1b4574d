package org.seacorpus.stats;

/**
 * A word found near the node, with its counts and every association score ({@link AssociationMeasure}).
 *
 * @param cooccurrences O11: its occurrences inside the window around the node
 * @param frequency     C1: its occurrences in the subcorpus
 * @param expected      E11: occurrences inside the window expected by chance
 */
public record Collocate(String word, long cooccurrences, long frequency, double expected, double logDice,
                        double mi, double mi3, double tScore, double logLikelihood) {
    public double score(AssociationMeasure measure) {
        return switch (measure) {
            case LOGDICE -> logDice;
            case MI -> mi;
            case MI3 -> mi3;
            case TSCORE -> tScore;
            case LL -> logLikelihood;
        };
    }
}
