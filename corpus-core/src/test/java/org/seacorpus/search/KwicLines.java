package org.seacorpus.search;

import java.util.List;

/** Concordance lines made by hand for sorting and layout tests. */
final class KwicLines {
    private KwicLines() {
    }

    static KwicLine line(String id, String left, String hit, String right, List<String> leftWords,
                         List<String> rightWords) {
        return new KwicLine(id, "file:///corpus/" + id + ".txt", "", "", "th", "ok", null, null, List.of(), 0,
                hit.length(), left, hit, right, leftWords, rightWords);
    }
}
