package org.seacorpus.stats;

import java.util.List;

/**
 * The collocates of a node word in a subcorpus.
 *
 * @param node          the node as given
 * @param nodeFrequency occurrences of the node
 * @param tokens        N: words in the subcorpus
 * @param windowTokens  R1: words inside the windows around the node (each counted once, the node's own words
 *                      excluded)
 * @param measure       the measure the collocates are ranked by
 * @param collocates    the best collocates, highest score first
 */
public record CollocationResult(String node, long nodeFrequency, long tokens, long windowTokens, int left, int right,
                                AssociationMeasure measure, List<Collocate> collocates) {
}
