package org.seacorpus.quality;

import java.util.Locale;
import java.util.function.Function;

import org.seacorpus.lang.QualityThresholds;

/**
 * One rule of the quality filter: a signal, a bound and the threshold key that sets it. The rule's key (its
 * name in snake_case, e.g. {@code max_dup_lines}) is the threshold key, the drop reason in reports and the name
 * in {@code corpus stats quality}. A {@code MIN_} rule removes a document whose signal is below the threshold,
 * a {@code MAX_} rule one whose signal is above it.
 */
public enum QualityRule {
    MIN_LANG_SCORE(Signal.LANG_SCORE, true, QualityThresholds::minLangScore),
    MIN_WORDS(Signal.WORDS, true, t -> t.minWords().doubleValue()),
    MAX_WORDS(Signal.WORDS, false, t -> t.maxWords().doubleValue()),
    MIN_MEAN_WORD_LENGTH(Signal.MEAN_WORD_LENGTH, true, QualityThresholds::minMeanWordLength),
    MAX_MEAN_WORD_LENGTH(Signal.MEAN_WORD_LENGTH, false, QualityThresholds::maxMeanWordLength),
    MAX_NON_ALPHA_WORDS(Signal.NON_ALPHA_WORDS, false, QualityThresholds::maxNonAlphaWords),
    MAX_DUP_LINES(Signal.DUP_LINES, false, QualityThresholds::maxDupLines),
    MAX_DUP_PARAGRAPHS(Signal.DUP_PARAGRAPHS, false, QualityThresholds::maxDupParagraphs),
    MAX_DUP_LINE_CHARS(Signal.DUP_LINE_CHARS, false, QualityThresholds::maxDupLineChars),
    MAX_DUP_PARAGRAPH_CHARS(Signal.DUP_PARAGRAPH_CHARS, false, QualityThresholds::maxDupParagraphChars),
    MAX_TOP2GRAM(Signal.TOP2GRAM, false, QualityThresholds::maxTop2gram),
    MAX_TOP3GRAM(Signal.TOP3GRAM, false, QualityThresholds::maxTop3gram),
    MAX_TOP4GRAM(Signal.TOP4GRAM, false, QualityThresholds::maxTop4gram),
    MAX_DUP5GRAM(Signal.DUP5GRAM, false, QualityThresholds::maxDup5gram),
    MAX_DUP6GRAM(Signal.DUP6GRAM, false, QualityThresholds::maxDup6gram),
    MAX_DUP7GRAM(Signal.DUP7GRAM, false, QualityThresholds::maxDup7gram),
    MAX_DUP8GRAM(Signal.DUP8GRAM, false, QualityThresholds::maxDup8gram),
    MAX_DUP9GRAM(Signal.DUP9GRAM, false, QualityThresholds::maxDup9gram),
    MAX_DUP10GRAM(Signal.DUP10GRAM, false, QualityThresholds::maxDup10gram),
    MIN_PUNCT_LINES(Signal.PUNCT_LINES, true, QualityThresholds::minPunctLines),
    MAX_BULLET_LINES(Signal.BULLET_LINES, false, QualityThresholds::maxBulletLines),
    MAX_ELLIPSIS_LINES(Signal.ELLIPSIS_LINES, false, QualityThresholds::maxEllipsisLines),
    MAX_NEWLINES_PER_WORD(Signal.NEWLINES_PER_WORD, false, QualityThresholds::maxNewlinesPerWord),
    MIN_STOPWORDS(Signal.STOPWORDS, true, t -> t.minStopwords().doubleValue());

    private final Signal signal;
    private final boolean minimum;
    private final Function<QualityThresholds, Double> threshold;

    QualityRule(Signal signal, boolean minimum, Function<QualityThresholds, Double> threshold) {
        this.signal = signal;
        this.minimum = minimum;
        this.threshold = threshold;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Signal signal() {
        return signal;
    }

    public boolean isMinimum() {
        return minimum;
    }

    public double threshold(QualityThresholds thresholds) {
        return threshold.apply(thresholds);
    }

    /** True when the document fails this rule (and so would be removed). */
    public boolean fails(QualitySignals signals, QualityThresholds thresholds) {
        double value = signals.get(signal);
        double limit = threshold(thresholds);
        return minimum ? value < limit : value > limit;
    }
}
