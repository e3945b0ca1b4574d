package org.seacorpus.dedupe;

import java.util.Map;
import java.util.TreeMap;

/**
 * The signature scheme of each language, from the corpus settings ({@code corpus.yaml}):
 * <pre>
 * settings:
 *   dedupe.shingles: words:5       # every language (the default)
 *   dedupe.shingles.my: chars:5    # Burmese by characters instead
 *   dedupe.minhash: super          # SuperMinHash (the default), or classic
 *   dedupe.components: 140         # MinHash components (the default; at least bands × rows = 140)
 * </pre>
 * Signatures are computed at import, so set these before importing; documents imported under another scheme
 * are only compared with documents of their own scheme until they are imported again. A corpus whose documents
 * were signed before the current default (classic MinHash, or SuperMinHash of 256 components) keeps the scheme of
 * its documents until its settings say otherwise ({@link #from(Map, SignatureScheme)}).
 */
public record DedupeSettings(SignatureScheme defaults, Map<String, SignatureScheme> byLanguage) {
    public static final String SHINGLES_KEY = "dedupe.shingles";
    public static final String MINHASH_KEY = "dedupe.minhash";
    public static final String COMPONENTS_KEY = "dedupe.components";
    public static final DedupeSettings DEFAULTS = new DedupeSettings(SignatureScheme.DEFAULT, Map.of());

    public DedupeSettings {
        byLanguage = Map.copyOf(byLanguage);
    }

    /** Reads the {@code dedupe.shingles}, {@code dedupe.minhash} and {@code dedupe.components} keys. */
    public static DedupeSettings from(Map<String, Object> settings) {
        return from(settings, SignatureScheme.DEFAULT);
    }

    /**
     * As {@link #from(Map)}, with the MinHash algorithm and components of {@code signedWith} where the settings
     * name none (the scheme the corpus's documents were signed with, so that a corpus never mixes two without
     * being asked to). A setting that names the algorithm alone gives that algorithm's scheme as it was first
     * made: classic with 256 components, SuperMinHash with today's default.
     */
    public static DedupeSettings from(Map<String, Object> settings, SignatureScheme signedWith) {
        SignatureScheme defaults = SignatureScheme.DEFAULT.withAlgorithm(signedWith.algorithm())
                .withComponents(signedWith.components());
        Object minhash = settings.get(MINHASH_KEY);
        if (minhash != null) {
            try {
                SignatureScheme.Algorithm named = SignatureScheme.Algorithm.parse(String.valueOf(minhash));
                if (named != defaults.algorithm()) {
                    defaults = named == SignatureScheme.Algorithm.MINHASH ? SignatureScheme.CLASSIC
                            : SignatureScheme.DEFAULT;
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("corpus setting " + MINHASH_KEY + ": " + e.getMessage(), e);
            }
        }
        Object components = settings.get(COMPONENTS_KEY);
        if (components != null) {
            defaults = defaults.withComponents(components(String.valueOf(components), defaults));
        }
        Map<String, SignatureScheme> byLanguage = new TreeMap<>();
        for (Map.Entry<String, Object> entry : settings.entrySet()) {
            String key = entry.getKey();
            if (key.equals(SHINGLES_KEY)) {
                defaults = defaults.withShingles(parse(key, entry.getValue()));
            }
        }
        for (Map.Entry<String, Object> entry : settings.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith(SHINGLES_KEY + ".")) {
                byLanguage.put(key.substring(SHINGLES_KEY.length() + 1),
                        defaults.withShingles(parse(key, entry.getValue())));
            }
        }
        return new DedupeSettings(defaults, byLanguage);
    }

    private static int components(String value, SignatureScheme scheme) {
        int least = scheme.bands() * scheme.rows();
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < least || n > SignatureScheme.MAX_COMPONENTS) {
            throw new IllegalArgumentException("corpus setting " + COMPONENTS_KEY + ": '" + value + "' is not a number"
                    + " of MinHash components from " + least + " (the " + scheme.bands() + " bands × "
                    + scheme.rows() + " rows) to " + SignatureScheme.MAX_COMPONENTS);
        }
        return n;
    }

    private static ShingleScheme parse(String key, Object value) {
        try {
            return ShingleScheme.parse(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("corpus setting " + key + ": " + e.getMessage(), e);
        }
    }

    public SignatureScheme forLanguage(String lang) {
        return byLanguage.getOrDefault(lang, defaults);
    }
}
