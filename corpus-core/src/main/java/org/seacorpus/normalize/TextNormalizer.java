package org.seacorpus.normalize;

/**
 * Turns a text into its normalised form and says which rules changed it. Implementations are immutable and
 * thread-safe: the import job calls one instance from several threads.
 */
public interface TextNormalizer {
    /** The normalised text and the changes per rule; the input instance itself when nothing changed. */
    Normalizer.Result normalize(String text);
}
