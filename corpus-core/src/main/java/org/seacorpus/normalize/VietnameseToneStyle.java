package org.seacorpus.normalize;

/**
 * Where the tone mark goes in the open syllables written oa, oe and uy, the one spelling question on which
 * Vietnamese writers split. Both are correct Vietnamese; a corpus should use one.
 */
public enum VietnameseToneStyle {
    /** On the first vowel: hòa, khỏe, thủy. The usual style of the press, of vi.wikipedia and of Unikey's default. */
    TRADITIONAL,
    /** On the second vowel: hoà, khoẻ, thuỷ. The style of the Ministry of Education's 1980s spelling rules. */
    MODERN;

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
