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
 * </pre>
 * Signatures are computed at import, so set these before importing; documents imported under another scheme
 * are only compared with documents of their own scheme until they are imported again. A corpus whose documents
 * were signed with classic MinHash before SuperMinHash became the default keeps classic MinHash until its
 * settings say otherwise ({@link #from(Map, SignatureScheme.Algorithm)}).
 */
public record DedupeSettings(SignatureScheme defaults, Map<String, SignatureScheme> byLanguage) {
    public static final String SHINGLES_KEY = "dedupe.shingles";
    public static final String MINHASH_KEY = "dedupe.minhash";
    public static final DedupeSettings DEFAULTS = new DedupeSettings(SignatureScheme.DEFAULT, Map.of());

    public DedupeSettings {
        byLanguage = Map.copyOf(byLanguage);
    }

    /** Reads the {@code dedupe.shingles} and {@code dedupe.minhash} keys of the corpus settings. */
    public static DedupeSettings from(Map<String, Object> settings) {
        return from(settings, SignatureScheme.DEFAULT.algorithm());
    }

    /**
     * As {@link #from(Map)}, with {@code algorithm} when the settings do not name one (the algorithm the corpus's
     * documents were signed with, so that a corpus never mixes two without being asked to).
     */
    public static DedupeSettings from(Map<String, Object> settings, SignatureScheme.Algorithm algorithm) {
        SignatureScheme defaults = SignatureScheme.DEFAULT.withAlgorithm(algorithm);
        Object minhash = settings.get(MINHASH_KEY);
        if (minhash != null) {
            try {
                defaults = defaults.withAlgorithm(SignatureScheme.Algorithm.parse(String.valueOf(minhash)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("corpus setting " + MINHASH_KEY + ": " + e.getMessage(), e);
            }
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
