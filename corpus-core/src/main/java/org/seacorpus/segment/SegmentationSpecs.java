package org.seacorpus.segment;

/**
 * Where {@link Segmenters} finds each language's segmentation. Implemented by the language layer
 * ({@code lang.LanguageProfiles}); tests may hand in their own.
 */
@FunctionalInterface
public interface SegmentationSpecs {
    /** The segmentation of {@code code}; an unknown code gets that of the undetermined language ({@code und}). */
    SegmentationSpec segmentation(String code);
}
