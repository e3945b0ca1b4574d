package org.seacorpus.lang;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/**
 * The limits of the quality filter for one language: the {@code thresholds} of a profile's {@code quality:}
 * block (snake_case keys, e.g. {@code min_words}, {@code max_dup_lines}). A document is removed when one of its
 * signals is below a {@code min_} or above a {@code max_} value. A key left out inherits the value below it:
 * the built-in {@link #DEFAULT}, then the profile, then {@code corpus.yaml}, then the command line.
 *
 * <p>{@link #DEFAULT} is Gopher's table A1 (Rae et al. 2021) and the FineWeb quality filter's defaults (Penedo et
 * al. 2024): at least 50 words, mean word length 3–10, at most 20 % of words without a letter, duplicate lines
 * ≤ 30 %, top 2/3/4-gram ≤ 20/18/16 %, repeated 5…10-grams ≤ 15…10 %, at least 12 % of lines ending like a
 * sentence, at most 90 % bullet lines and 30 % ellipsis lines, and at least 2 stopwords. To switch a rule off,
 * set a {@code min_} to 0 or a fraction's {@code max_} to 1.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QualityThresholds(Double minLangScore, Integer minWords, Integer maxWords, Double minMeanWordLength,
                                Double maxMeanWordLength, Double maxNonAlphaWords, Double maxDupLines,
                                Double maxDupParagraphs, Double maxDupLineChars, Double maxDupParagraphChars,
                                Double maxTop2gram, Double maxTop3gram, Double maxTop4gram, Double maxDup5gram,
                                Double maxDup6gram, Double maxDup7gram, Double maxDup8gram, Double maxDup9gram,
                                Double maxDup10gram, Double minPunctLines, Double maxBulletLines,
                                Double maxEllipsisLines, Double maxNewlinesPerWord, Integer minStopwords) {
    /** Made when thresholds are first converted: reading the language profiles does not need it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Gopher and FineWeb defaults; every key set. */
    public static final QualityThresholds DEFAULT = new QualityThresholds(0.0, 50, 100_000, 3.0, 10.0, 0.2,
            0.3, 0.3, 0.2, 0.2, 0.2, 0.18, 0.16, 0.15, 0.14, 0.13, 0.12, 0.11, 0.10, 0.12, 0.9, 0.3, 0.3, 2);

    /** No key set: everything inherited. */
    public static final QualityThresholds INHERIT = new QualityThresholds(null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** The keys that are set, snake_case, in declaration order. */
    public Map<String, Object> asMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        Json.MAPPER.convertValue(this, Map.class).forEach((k, v) -> {
            if (v != null) {
                out.put(String.valueOf(k), v);
            }
        });
        return out;
    }

    /**
     * These thresholds with the given keys replaced (snake_case keys, numbers or numeric strings).
     *
     * @throws IllegalArgumentException naming the key when a key is unknown or a value is not a number
     */
    public QualityThresholds with(Map<String, ?> overrides) {
        if (overrides == null || overrides.isEmpty()) {
            return this;
        }
        Map<String, Object> merged = asMap();
        overrides.forEach((k, v) -> {
            if (v != null) {
                merged.put(k, v);
            }
        });
        try {
            return Json.MAPPER.convertValue(merged, QualityThresholds.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad quality threshold in " + overrides + ": "
                    + e.getMessage().lines().findFirst().orElse("") + "; known keys: " + DEFAULT.asMap().keySet(), e);
        }
    }

    /**
     * These thresholds on top of {@code base}: keys set here win. Field by field (the same as {@code
     * base.with(asMap())}, without Jackson: every language profile does this once when it is read).
     */
    public QualityThresholds over(QualityThresholds base) {
        return new QualityThresholds(or(minLangScore, base.minLangScore), or(minWords, base.minWords),
                or(maxWords, base.maxWords), or(minMeanWordLength, base.minMeanWordLength),
                or(maxMeanWordLength, base.maxMeanWordLength), or(maxNonAlphaWords, base.maxNonAlphaWords),
                or(maxDupLines, base.maxDupLines), or(maxDupParagraphs, base.maxDupParagraphs),
                or(maxDupLineChars, base.maxDupLineChars), or(maxDupParagraphChars, base.maxDupParagraphChars),
                or(maxTop2gram, base.maxTop2gram), or(maxTop3gram, base.maxTop3gram),
                or(maxTop4gram, base.maxTop4gram), or(maxDup5gram, base.maxDup5gram),
                or(maxDup6gram, base.maxDup6gram), or(maxDup7gram, base.maxDup7gram),
                or(maxDup8gram, base.maxDup8gram), or(maxDup9gram, base.maxDup9gram),
                or(maxDup10gram, base.maxDup10gram), or(minPunctLines, base.minPunctLines),
                or(maxBulletLines, base.maxBulletLines), or(maxEllipsisLines, base.maxEllipsisLines),
                or(maxNewlinesPerWord, base.maxNewlinesPerWord), or(minStopwords, base.minStopwords));
    }

    private static <T> T or(T value, T base) {
        return value != null ? value : base;
    }
}
