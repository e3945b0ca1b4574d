package org.seacorpus.search;

import java.util.List;

/** The exact number of matching documents and the best {@code limit} of them. */
public record SearchResult(long total, List<SearchHit> hits) {
}
