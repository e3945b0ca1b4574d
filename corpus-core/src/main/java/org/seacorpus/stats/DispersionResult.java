package org.seacorpus.stats;

import java.util.List;

/**
 * Dispersion of some words over the parts of a subcorpus.
 *
 * @param partsBy   what a part is: {@code document}, or a field such as {@code source} or {@code meta.genre}
 * @param tokens    words in the subcorpus
 * @param parts     parts that have words
 * @param words     one entry per word asked for, in the order asked
 */
public record DispersionResult(String partsBy, long tokens, long parts, List<Dispersion> words) {
}
