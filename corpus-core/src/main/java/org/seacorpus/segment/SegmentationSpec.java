package org.seacorpus.segment;

import java.util.Objects;

/**
 * Everything a {@link LanguageSegmenter} is built from, for one language, with every name already resolved: the
 * language layer ({@code lang.LanguageProfiles}) makes these from the profiles and the language modules, so that
 * this package needs no knowledge of any language.
 *
 * @param code        the language code (an ICU locale for word and sentence breaking; {@code und} for none)
 * @param unspaced    the language writes words without spaces between them (Thai, Khmer, Chinese…): the word
 *                    lists may then split and join freely
 * @param usualScript the ISO 15924 code of the script the language is usually written in, or null
 * @param profile     the profile's {@code segmentation:} block
 * @param syllables   the splitter that {@code profile.syllables()} names
 * @param clusters    the splitter that {@code profile.clusters()} names (the syllable splitter when it names none):
 *                    the units of the lexicon segmentation
 * @param unspacedScripts the letters of every script written without spaces, whatever the language (a Thai
 *                    year in a Vietnamese text is cut from its letters too): what the language modules declare;
 *                    null for none
 */
public record SegmentationSpec(String code, boolean unspaced, String usualScript, SegmentationProfile profile,
                               SyllableSplitter syllables, SyllableSplitter clusters,
                               UnspacedScripts unspacedScripts) {
    public SegmentationSpec {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(profile, "segmentation profile of " + code);
        Objects.requireNonNull(syllables, "syllable splitter of " + code);
        clusters = clusters == null ? syllables : clusters;
        unspacedScripts = unspacedScripts == null ? UnspacedScripts.NONE : unspacedScripts;
        if (profile.lexicon() != null && usualScript == null) {
            throw new IllegalArgumentException("segmentation of " + code + " names a lexicon but the language has "
                    + "no script whose runs it could cut");
        }
    }

    /** A spec whose lexicon units are its syllables, with no unspaced script. */
    public SegmentationSpec(String code, boolean unspaced, String usualScript, SegmentationProfile profile,
                            SyllableSplitter syllables) {
        this(code, unspaced, usualScript, profile, syllables, null, null);
    }

    /**
     * This language cut without its lexicon, by ICU's dictionary and the lists: the baseline that the lexicon
     * segmentation is measured against (docs/segmentation.md, the JMH {@code SegmenterBenchmark}).
     */
    public SegmentationSpec withoutLexicon() {
        return new SegmentationSpec(code, unspaced, usualScript, profile.withoutLexicon(), syllables, null,
                unspacedScripts);
    }
}
