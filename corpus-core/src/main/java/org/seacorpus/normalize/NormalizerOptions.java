package org.seacorpus.normalize;

import java.util.HashMap;
import java.util.Map;

/**
 * How a script-aware normaliser is set up: a forced language, and the settings the language modules read (each
 * module documents its own keys, e.g. {@code vietnamese_tone_style} of {@code lang/vi}; a corpus passes the scalar
 * settings of its {@code corpus.yaml}). Keys no module reads are ignored.
 *
 * @param language a language code the user forced (its profile's rules apply to all the text), or null to choose
 *                 rules by each line's script
 * @param settings setting values by key
 */
public record NormalizerOptions(String language, Map<String, String> settings) {
    public NormalizerOptions {
        language = language == null || language.isBlank() ? null : language.strip();
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    /** Rules chosen by script, every setting at its module's default. */
    public static NormalizerOptions defaults() {
        return new NormalizerOptions(null, Map.of());
    }

    public NormalizerOptions withLanguage(String code) {
        return new NormalizerOptions(code, settings);
    }

    /** These options with {@code key} set to {@code value}. */
    public NormalizerOptions with(String key, String value) {
        Map<String, String> out = new HashMap<>(settings);
        out.put(key, value);
        return new NormalizerOptions(language, out);
    }

    /**
     * These options with every scalar entry (text, number, true/false) of {@code values} added as a setting, e.g.
     * a corpus's {@code settings} map; nested maps and lists are left out.
     */
    public NormalizerOptions withSettings(Map<String, ?> values) {
        Map<String, String> out = new HashMap<>(settings);
        values.forEach((key, value) -> {
            if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
                out.put(key, value.toString());
            }
        });
        return new NormalizerOptions(language, out);
    }

    /** The setting of {@code key}, or {@code fallback} when it is not set. */
    public String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }
}
