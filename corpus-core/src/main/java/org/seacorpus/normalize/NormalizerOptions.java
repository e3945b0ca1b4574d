package org.seacorpus.normalize;

/**
 * How a {@link ScriptAwareNormalizer} is set up.
 *
 * @param language         a language code the user forced (its profile's rules apply to all the text), or null
 *                         to choose rules by each line's script
 * @param toneStyle        Vietnamese tone placement for oa/oe/uy syllables
 * @param zawgyiThreshold  Zawgyi probability above which a Burmese paragraph is converted to Unicode
 */
public record NormalizerOptions(String language, VietnameseToneStyle toneStyle, double zawgyiThreshold) {
    /** The default tone style: see docs/normalization.md for why. */
    public static final VietnameseToneStyle DEFAULT_TONE_STYLE = VietnameseToneStyle.TRADITIONAL;
    /** myanmar-tools' advice: above 0.95 a text is Zawgyi with high confidence. */
    public static final double DEFAULT_ZAWGYI_THRESHOLD = 0.95;

    public NormalizerOptions {
        toneStyle = toneStyle == null ? DEFAULT_TONE_STYLE : toneStyle;
        if (!(zawgyiThreshold > 0.5 && zawgyiThreshold < 1.0)) {
            throw new IllegalArgumentException("Zawgyi threshold must lie between 0.5 and 1 (exclusive), not "
                    + zawgyiThreshold);
        }
        language = language == null || language.isBlank() ? null : language.strip();
    }

    /** Rules chosen by script, traditional tone style, threshold 0.95. */
    public static NormalizerOptions defaults() {
        return new NormalizerOptions(null, DEFAULT_TONE_STYLE, DEFAULT_ZAWGYI_THRESHOLD);
    }

    public NormalizerOptions withLanguage(String code) {
        return new NormalizerOptions(code, toneStyle, zawgyiThreshold);
    }

    public NormalizerOptions withToneStyle(VietnameseToneStyle style) {
        return new NormalizerOptions(language, style, zawgyiThreshold);
    }
}
