package org.seacorpus.segment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.seacorpus.lang.LanguageProfile;
import org.seacorpus.lang.LanguageProfiles;

/**
 * The segmenter of each language, chosen by its profile (plus the user's dictionaries and syllable choices)
 * and built once. The same instance serves the analyse stage, the index analyzers and the text tool, so every
 * part of the toolkit cuts text the same way. Thread-safe.
 */
public final class Segmenters {
    private final LanguageProfiles profiles;
    private final SegmentOptions options;
    private final Map<String, LanguageSegmenter> byLanguage = new ConcurrentHashMap<>();

    public Segmenters(LanguageProfiles profiles, SegmentOptions options) {
        this.profiles = profiles;
        this.options = options;
    }

    public Segmenters(LanguageProfiles profiles) {
        this(profiles, SegmentOptions.NONE);
    }

    /** The segmenter of {@code lang}; unknown codes get the {@code und} profile's. */
    public LanguageSegmenter forLanguage(String lang) {
        LanguageProfile profile = profiles.get(lang);
        return byLanguage.computeIfAbsent(profile.code(), code -> new LanguageSegmenter(profile,
                options.dictionary(code), options.syllableMode().contains(code)));
    }

    public LanguageProfiles profiles() {
        return profiles;
    }
}
