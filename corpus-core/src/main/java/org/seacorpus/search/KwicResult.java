package org.seacorpus.search;

import java.util.List;

/**
 * A concordance: how many documents and hits there are, and the lines returned.
 *
 * @param documents documents that match (exact)
 * @param hits      hits in those documents (exact): one line each
 * @param truncated true when more hits than the request's {@code maxLines} were found, so a sorted concordance
 *                  was sorted over the first {@code maxLines} hits only
 * @param lines     the lines, sorted as asked, at most the request's {@code limit}
 */
public record KwicResult(long documents, long hits, boolean truncated, List<KwicLine> lines) {
}
