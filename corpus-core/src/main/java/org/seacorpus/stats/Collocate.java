package org.seacorpus.stats;

/**
 * A word found near the node, with its counts and every association score ({@link AssociationMeasure}).
 *
 * @param word          as it is most often written in the subcorpus (see {@link WrittenForms})
 * @param cooccurrences O11: its occurrences inside the window around the node
 * @param frequency     C1: its occurrences in the subcorpus
 * @param expected      E11: occurrences inside the window expected by chance
 * @param form          the folded form it is counted under
 */
public record Collocate(String word, long cooccurrences, long frequency, double expected, double logDice,
                        double mi, double mi3, double tScore, double logLikelihood, String form) {
    /** A collocate written as it is counted. */
    public Collocate(String word, long cooccurrences, long frequency, double expected, double logDice, double mi,
                     double mi3, double tScore, double logLikelihood) {
        this(word, cooccurrences, frequency, expected, logDice, mi, mi3, tScore, logLikelihood, word);
    }

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
