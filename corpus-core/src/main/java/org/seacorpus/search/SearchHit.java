package org.seacorpus.search;

import java.util.List;

/**
 * One document found. {@code snippet} shows the text around the first match with matches between « and ».
 * {@code matches} are [start, end) offsets of every match in the stored text.
 */
public record SearchHit(String id, String source, String part, String title, String lang, String status,
                        String cluster, String duplicateOf, List<String> tags, float score, String snippet,
                        List<int[]> matches) {
}
