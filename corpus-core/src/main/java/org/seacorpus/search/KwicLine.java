package org.seacorpus.search;

import java.util.List;

/**
 * One concordance line: a hit in its context.
 *
 * @param start      offset of the hit in the document's stored text
 * @param end        offset after the hit
 * @param left       the context before the hit, as written (whitespace runs shown as one space)
 * @param hit        the matched text
 * @param right      the context after the hit
 * @param leftWords  the words of the left context as written, in text order (the last is position 1L)
 * @param rightWords the words of the right context as written, in text order (the first is position 1R)
 */
public record KwicLine(String id, String source, String part, String title, String lang, String status,
                       String cluster, String duplicateOf, List<String> tags, int start, int end, String left,
                       String hit, String right, List<String> leftWords, List<String> rightWords)
        implements KwicSort.Sortable {
    public KwicLine {
        tags = List.copyOf(tags);
        leftWords = List.copyOf(leftWords);
        rightWords = List.copyOf(rightWords);
    }

    /** The word at a context position: {@code 1L} is the word just before the hit, {@code 2R} the second after. */
    @Override
    public String wordAt(int position, boolean leftSide) {
        List<String> words = leftSide ? leftWords : rightWords;
        int index = leftSide ? words.size() - position : position - 1;
        return index >= 0 && index < words.size() ? words.get(index) : "";
    }

    /** The line as one snippet with the hit between « and ». */
    public String snippet() {
        return left + "«" + hit + "»" + right;
    }
}
