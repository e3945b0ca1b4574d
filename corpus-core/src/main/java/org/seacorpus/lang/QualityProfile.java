package org.seacorpus.lang;

/**
 * The {@code quality:} block of a language profile: how to measure a line that ends like a sentence in this
 * script, where the thresholds come from, and the thresholds themselves (see {@link QualityThresholds}).
 *
 * @param source            where the thresholds come from, e.g. {@code FineWeb-2 configs/tha_Thai.yml}
 * @param sentenceEnd       characters that end a sentence in this language (a line ending in one of them, or in
 *                          one followed by closing quotes or brackets, counts as ending like a sentence)
 * @param spaceEndsSentence true for Thai and Lao, where a space (or the end of a line) ends a sentence: a line of
 *                          at least {@link #SPACE_SENTENCE_MIN_WORDS} words ending in a letter of the script counts
 * @param thresholds        the limits; keys left out inherit {@link QualityThresholds#DEFAULT}
 * @param ellipsis          the language's own marks that end a line cut short, besides {@code ...} and {@code …},
 *                          which every language's lines count (Lao: the ellipsis ຯ); empty when it has none
 */
public record QualityProfile(String source, String sentenceEnd, boolean spaceEndsSentence,
                             QualityThresholds thresholds, String ellipsis) {
    /** Western sentence punctuation and closing quotes, the default for Latin-script languages. */
    public static final String LATIN_SENTENCE_END = ".!?…\"'”’»";
    /** Words a Thai or Lao line needs before its final letter is taken as the end of a sentence. */
    public static final int SPACE_SENTENCE_MIN_WORDS = 5;
    private static final String DEFAULT_SOURCE = "Gopher and FineWeb defaults";
    public static final QualityProfile DEFAULT = new QualityProfile(DEFAULT_SOURCE, LATIN_SENTENCE_END, false,
            QualityThresholds.DEFAULT, "");

    public QualityProfile {
        source = source == null ? DEFAULT_SOURCE : source;
        sentenceEnd = sentenceEnd == null || sentenceEnd.isEmpty() ? LATIN_SENTENCE_END : sentenceEnd;
        thresholds = thresholds == null ? QualityThresholds.DEFAULT : thresholds.over(QualityThresholds.DEFAULT);
        ellipsis = ellipsis == null ? "" : ellipsis;
    }

    /** True when {@code line} ends in one of this language's own {@link #ellipsis() ellipsis marks}. */
    public boolean endsInOwnEllipsis(String line) {
        return !ellipsis.isEmpty() && !line.isEmpty() && ellipsis.indexOf(line.codePointBefore(line.length())) >= 0;
    }
}
