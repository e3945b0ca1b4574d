package org.seacorpus.web.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of text to show, marked (a hit) or not, optionally in a language span. Pages are built from lists of
 * segments so that the templates only ever output text, which they escape.
 *
 * @param lang  the span's language, or null
 * @param band  which colour band the span gets (0–4), or -1
 */
public record Segment(String text, boolean marked, String lang, int band) {
    /** A snippet with hits between « and » (as the core writes them) as segments. */
    public static List<Segment> ofSnippet(String snippet) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < snippet.length()) {
            int open = snippet.indexOf('«', i);
            int close = open < 0 ? -1 : snippet.indexOf('»', open + 1);
            if (open < 0 || close < 0) {
                out.add(new Segment(snippet.substring(i), false, null, -1));
                break;
            }
            if (open > i) {
                out.add(new Segment(snippet.substring(i, open), false, null, -1));
            }
            out.add(new Segment(snippet.substring(open + 1, close), true, null, -1));
            i = close + 1;
        }
        return out;
    }

    public String spanClass() {
        return band < 0 ? "" : "span l" + band;
    }
}
