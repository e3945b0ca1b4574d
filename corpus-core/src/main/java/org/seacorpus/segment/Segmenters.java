package org.seacorpus.segment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The segmenter of each language, chosen by its segmentation (from its profile, plus the user's dictionaries and
 * syllable choices) and built once. The same instance serves the analyse stage, the index analyzers and the text
 * tool, so every part of the toolkit cuts text the same way. Thread-safe.
 */
public final class Segmenters {
    private final SegmentationSpecs profiles;
    private final SegmentOptions options;
    private final Map<String, LanguageSegmenter> byLanguage = new ConcurrentHashMap<>();

    /**
     * @param profiles the segmentation of each language: usually {@code lang.LanguageProfiles}
     * @param options  what the corpus or the command adds
     */
    public Segmenters(SegmentationSpecs profiles, SegmentOptions options) {
        this.profiles = profiles;
        this.options = options;
    }

    public Segmenters(SegmentationSpecs profiles) {
        this(profiles, SegmentOptions.NONE);
    }

    /** The segmenter of {@code lang}; unknown codes get the {@code und} profile's. */
    public LanguageSegmenter forLanguage(String lang) {
        SegmentationSpec spec = profiles.segmentation(lang);
        return byLanguage.computeIfAbsent(spec.code(), code -> new LanguageSegmenter(spec,
                options.dictionary(code), options.syllableMode().contains(code)));
    }

    /** Where the segmentations come from. */
    public SegmentationSpecs profiles() {
        return profiles;
    }
}
