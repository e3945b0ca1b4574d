package org.seacorpus.segment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.seacorpus.lang.LanguageProfiles;

import com.ibm.icu.util.ULocale;

/** The segmenter of each language, chosen by its profile and built once. Thread-safe. */
public final class Segmenters {
    private final LanguageProfiles profiles;
    private final Map<String, Segmenter> byLanguage = new ConcurrentHashMap<>();

    public Segmenters(LanguageProfiles profiles) {
        this.profiles = profiles;
    }

    public Segmenter forLanguage(String lang) {
        return byLanguage.computeIfAbsent(lang, this::create);
    }

    private Segmenter create(String lang) {
        // ICU picks its dictionary by script, so the root locale serves every language; the locale only
        // refines sentence rules where ICU has language data.
        String code = profiles.get(lang).code();
        return new IcuSegmenter("und".equals(code) ? ULocale.ROOT : new ULocale(code));
    }
}
