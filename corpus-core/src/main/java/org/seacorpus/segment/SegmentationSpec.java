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
 */
public record SegmentationSpec(String code, boolean unspaced, String usualScript, SegmentationProfile profile,
                               SyllableSplitter syllables) {
    public SegmentationSpec {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(profile, "segmentation profile of " + code);
        Objects.requireNonNull(syllables, "syllable splitter of " + code);
    }
}
