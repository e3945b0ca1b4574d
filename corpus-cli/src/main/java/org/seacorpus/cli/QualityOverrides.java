package org.seacorpus.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code --quality-set} values: {@code LANG.KEY=VALUE} for one language ({@code th.min_words=30}),
 * {@code *.KEY=VALUE} or {@code KEY=VALUE} for all. Keys are the threshold keys of the profiles
 * ({@code min_words}, {@code max_dup_lines}, …); they are checked when the filter is built.
 */
final class QualityOverrides {
    private QualityOverrides() {
    }

    static Map<String, Map<String, Object>> parse(List<String> settings) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0 || eq == setting.length() - 1) {
                throw new IllegalArgumentException("--quality-set '" + setting + "' is not [LANG.]KEY=VALUE "
                        + "(e.g. th.min_words=30 or max_dup_lines=0.4)");
            }
            String target = setting.substring(0, eq).strip();
            String value = setting.substring(eq + 1).strip();
            int dot = target.indexOf('.');
            String lang = dot < 0 ? "*" : target.substring(0, dot);
            String key = dot < 0 ? target : target.substring(dot + 1);
            out.computeIfAbsent(lang, l -> new LinkedHashMap<>()).put(key, value);
        }
        return out;
    }
}
