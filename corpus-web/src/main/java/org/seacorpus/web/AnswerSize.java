package org.seacorpus.web;

import java.util.List;
import java.util.Map;

import org.seacorpus.search.FacetCounter;
import org.seacorpus.search.KwicLine;
import org.seacorpus.search.KwicResult;
import org.seacorpus.search.SearchHit;
import org.seacorpus.search.SearchResult;

/**
 * About how many bytes of heap an answer holds, for {@link ResultCache}'s bound: two bytes a character (Thai, Lao,
 * Khmer and Burmese strings are UTF-16 in the JVM) and a fixed cost per object. An estimate that errs high; it
 * only has to keep the cache to the size the user gave.
 */
final class AnswerSize {
    private static final int OBJECT = 48;

    private AnswerSize() {
    }

    static int of(SearchResult result) {
        long bytes = OBJECT;
        for (SearchHit hit : result.hits()) {
            bytes += OBJECT * 4 + chars(hit.id(), hit.source(), hit.part(), hit.title(), hit.snippet())
                    + 16L * hit.matches().size() + words(hit.tags());
        }
        return clamp(bytes);
    }

    static int of(KwicResult result) {
        long bytes = OBJECT;
        for (KwicLine line : result.lines()) {
            bytes += OBJECT * 6 + chars(line.id(), line.source(), line.part(), line.title(), line.left(), line.hit(),
                    line.right()) + words(line.leftWords()) + words(line.rightWords()) + words(line.tags());
        }
        return clamp(bytes);
    }

    static int of(Map<String, FacetCounter.Facet> facets) {
        long bytes = OBJECT;
        for (FacetCounter.Facet facet : facets.values()) {
            bytes += OBJECT;
            for (FacetCounter.FacetValue value : facet.values()) {
                bytes += OBJECT + chars(value.value());
            }
        }
        return clamp(bytes);
    }

    private static long chars(String... texts) {
        long bytes = 0;
        for (String text : texts) {
            bytes += text == null ? 0 : OBJECT + 2L * text.length();
        }
        return bytes;
    }

    private static long words(List<String> words) {
        long bytes = OBJECT;
        for (String word : words) {
            bytes += 8 + chars(word);
        }
        return bytes;
    }

    private static int clamp(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }
}
