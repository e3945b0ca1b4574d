package org.seacorpus.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.lang.QualityThresholds;

/**
 * Decides which documents the quality filter removes: each language's thresholds are its profile's
 * {@code quality.thresholds} with overrides on top, from {@code corpus.yaml} ({@code settings.quality}) and
 * then from the caller (the export options or the pipeline file). Overrides are keyed by language code, with
 * {@code "*"} for every language, e.g. {@code {"*": {"min_words": 20}, "th": {"min_stopwords": 3}}}.
 * Thread-safe.
 */
public final class QualityFilter {
    /** The key of {@code corpus.yaml} settings that holds threshold overrides. */
    public static final String SETTINGS_KEY = "quality";
    public static final String ALL_LANGUAGES = "*";

    private final LanguageProfiles profiles;
    private final Map<String, Map<String, Object>> overrides;
    private final Map<String, QualityThresholds> resolved = new ConcurrentHashMap<>();

    private QualityFilter(LanguageProfiles profiles, Map<String, Map<String, Object>> overrides) {
        this.profiles = profiles;
        this.overrides = overrides;
        // resolve every override now, so a bad key or value is reported before any work starts
        overrides.keySet().forEach(lang -> thresholds(ALL_LANGUAGES.equals(lang) ? "und" : lang));
    }

    /**
     * @param layers override maps applied in order (later wins); each maps a language code or {@code "*"} to
     *               threshold keys and values. Null layers are skipped.
     * @throws IllegalArgumentException naming the key, when a layer has an unknown key or a bad value
     */
    @SafeVarargs
    public static QualityFilter of(LanguageProfiles profiles, Map<String, ?>... layers) {
        Map<String, Map<String, Object>> merged = new LinkedHashMap<>();
        for (Map<String, ?> layer : layers) {
            if (layer == null) {
                continue;
            }
            layer.forEach((lang, values) -> {
                if (!(values instanceof Map<?, ?> map)) {
                    throw new IllegalArgumentException("quality overrides for '" + lang + "' must be a map of "
                            + "threshold keys to values, e.g. {min_words: 20}; got " + values);
                }
                Map<String, Object> target = merged.computeIfAbsent(lang, k -> new LinkedHashMap<>());
                map.forEach((k, v) -> target.put(String.valueOf(k), v));
            });
        }
        return new QualityFilter(profiles, merged);
    }

    /** The thresholds that apply to {@code lang}. */
    public QualityThresholds thresholds(String lang) {
        return resolved.computeIfAbsent(lang, l -> profiles.get(l).quality().thresholds()
                .with(overrides.get(ALL_LANGUAGES))
                .with(overrides.get(l)));
    }

    /** Where the thresholds of {@code lang} come from, for reports and the dataset card. */
    public String source(String lang) {
        String source = profiles.get(lang).quality().source();
        boolean overridden = overrides.containsKey(lang) || overrides.containsKey(ALL_LANGUAGES);
        return overridden ? source + ", with overrides" : source;
    }

    /** The rules the document fails, in rule order; empty when it is kept. */
    public List<QualityRule> failures(String lang, QualitySignals signals) {
        QualityThresholds thresholds = thresholds(lang);
        List<QualityRule> out = new ArrayList<>(2);
        for (QualityRule rule : QualityRule.values()) {
            if (rule.fails(signals, thresholds)) {
                out.add(rule);
            }
        }
        return out;
    }

    public Map<String, Map<String, Object>> overrides() {
        return overrides;
    }
}
