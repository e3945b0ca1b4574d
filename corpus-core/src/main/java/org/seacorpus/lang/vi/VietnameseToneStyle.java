package org.seacorpus.lang.vi;

import java.util.Locale;

import org.seacorpus.normalize.NormalizerOptions;

/**
 * Where the tone mark goes in the open syllables written oa, oe and uy, the one spelling question on which
 * Vietnamese writers split. Both are correct Vietnamese; a corpus should use one.
 */
public enum VietnameseToneStyle {
    /** On the first vowel: hòa, khỏe, thủy. The usual style of the press, of vi.wikipedia and of Unikey's default. */
    TRADITIONAL,
    /** On the second vowel: hoà, khoẻ, thuỷ. The style of the Ministry of Education's 1980s spelling rules. */
    MODERN;

    /** The normaliser setting (and {@code corpus.yaml} key under {@code settings}) that chooses the style. */
    public static final String SETTING = "vietnamese_tone_style";
    /** The default: see docs/normalization.md for why. */
    public static final VietnameseToneStyle DEFAULT = TRADITIONAL;

    /**
     * The style the options ask for ({@value #SETTING}), {@link #DEFAULT} when they do not say.
     *
     * @throws IllegalArgumentException when the setting names no style
     */
    public static VietnameseToneStyle of(NormalizerOptions options) {
        String value = options.setting(SETTING, null);
        return value == null ? DEFAULT : parse(value);
    }

    /** {@code options} with this style chosen. */
    public NormalizerOptions applyTo(NormalizerOptions options) {
        return options.with(SETTING, name().toLowerCase(Locale.ROOT));
    }

    /** Parses {@code traditional} or {@code modern} (any case); the message lists the choices otherwise. */
    public static VietnameseToneStyle parse(String value) {
        for (VietnameseToneStyle style : values()) {
            if (style.name().equalsIgnoreCase(value.strip())) {
                return style;
            }
        }
        throw new IllegalArgumentException("unknown Vietnamese tone style '" + value
                + "': use traditional (hòa, thủy) or modern (hoà, thuỷ)");
    }
}
