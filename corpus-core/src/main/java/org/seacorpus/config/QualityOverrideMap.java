package org.seacorpus.config;

import java.util.Map;
import java.util.TreeMap;

import org.seacorpus.quality.QualityFilter;

/**
 * Quality threshold overrides as a pipeline file writes them, turned into the form {@link QualityFilter} takes
 * (language code or {@code "*"} → key → value). Both spellings are accepted and may be mixed:
 * {@code th.min_words: 30} and {@code max_dup_lines: 0.4} (as {@code corpus export --quality-set} writes them; a
 * key without a language applies to all), or {@code th: {min_words: 30}} (as {@code corpus.yaml} writes them).
 * Values are kept as text, as the command line gives them; keys and values are checked by {@link QualityFilter#of}.
 */
public final class QualityOverrideMap {
    private QualityOverrideMap() {
    }

    /** The overrides by language, in code order; later layers win over earlier ones, key by key. */
    @SafeVarargs
    public static Map<String, Map<String, Object>> merge(Map<String, Object>... layers) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (Map<String, Object> layer : layers) {
            if (layer == null) {
                continue;
            }
            layer.forEach((key, value) -> {
                if (value instanceof Map<?, ?> section) {
                    Map<String, Object> target = out.computeIfAbsent(key.strip(), l -> new TreeMap<>());
                    section.forEach((k, v) -> target.put(String.valueOf(k).strip(), text(v)));
                    return;
                }
                int dot = key.indexOf('.');
                String lang = dot < 0 ? QualityFilter.ALL_LANGUAGES : key.substring(0, dot).strip();
                out.computeIfAbsent(lang, l -> new TreeMap<>()).put(key.substring(dot + 1).strip(), text(value));
            });
        }
        return out;
    }

    /** Values as text, as {@code --quality-set} passes them, so a manifest records the same options either way. */
    private static Object text(Object value) {
        return value == null || value instanceof Map<?, ?> || value instanceof java.util.List<?> ? value
                : String.valueOf(value);
    }
}
