package org.seacorpus.export;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.document.Document;
import org.seacorpus.document.TokenSpans;
import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.Token;

import com.ibm.icu.text.BreakIterator;

/**
 * The sentences and tokens the token formats (CoNLL-U, vertical) write for an exported text. A document whose
 * source gave its tokens (a treebank) keeps them, as long as the export left its text as it was; otherwise the
 * text is cut by its language's segmenter, with every character that is not a word or whitespace (punctuation,
 * symbols) made a token of its own, so the tokens and the whitespace between them rebuild the text exactly.
 * Thread-safe.
 */
final class TokenLayouts {
    private final Segmenters segmenters;

    TokenLayouts(Segmenters segmenters) {
        this.segmenters = segmenters;
    }

    /** The layout of {@code text}, exported from {@code doc}. */
    TokenSpans of(Document doc, String text) {
        if (text.equals(doc.text())) {
            java.util.Optional<TokenSpans> given = doc.annotation(TokenSpans.class);
            if (given.isPresent()) {
                return given.get();
            }
        }
        return segment(text, doc.language().lang());
    }

    /** The segmenter's sentences and words of {@code text}, with the rest of its characters as tokens too. */
    TokenSpans segment(String text, String lang) {
        Segmenter segmenter = segmenters.forLanguage(lang);
        List<TokenSpans.Span> tokens = new ArrayList<>();
        int pos = 0;
        for (Token word : segmenter.words(text)) {
            if (word.start() < pos) {
                continue; // never happens with a well-behaved segmenter; keeps the spans in order regardless
            }
            others(text, pos, word.start(), tokens);
            tokens.add(new TokenSpans.Span(word.start(), word.end()));
            pos = word.end();
        }
        others(text, pos, text.length(), tokens);
        List<int[]> bounds = segmenter.sentences(text);
        List<TokenSpans.Sentence> sentences = new ArrayList<>();
        int next = 0;
        for (int s = 0; s < bounds.size() && next < tokens.size(); s++) {
            int end = s + 1 < bounds.size() ? bounds.get(s + 1)[0] : Integer.MAX_VALUE;
            List<TokenSpans.Span> in = new ArrayList<>();
            while (next < tokens.size() && tokens.get(next).start() < end) {
                in.add(tokens.get(next++));
            }
            if (!in.isEmpty()) {
                sentences.add(new TokenSpans.Sentence("", in));
            }
        }
        if (next < tokens.size()) {
            sentences.add(new TokenSpans.Sentence("", tokens.subList(next, tokens.size())));
        }
        return new TokenSpans(sentences);
    }

    /**
     * Tokens for the characters of {@code text[from, to)} that are not whitespace: one per grapheme cluster, with
     * a run of the same cluster kept together ({@code ...}, {@code !!!}).
     */
    private static void others(String text, int from, int to, List<TokenSpans.Span> out) {
        if (from >= to) {
            return;
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text.substring(from, to));
        int start = graphemes.first();
        String previous = null;
        int runStart = -1;
        int runEnd = -1;
        for (int end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            String cluster = text.substring(from + start, from + end);
            int lead = cluster.length() - cluster.stripLeading().length();
            if (lead > 0 && !cluster.isBlank()) {
                // a mark on a space: the space is whitespace, the mark a token of its own
                if (runStart >= 0) {
                    out.add(new TokenSpans.Span(from + runStart, from + runEnd));
                }
                start += lead;
                cluster = cluster.substring(lead);
                runStart = -1;
                previous = null;
            }
            if (cluster.isBlank()) {
                if (runStart >= 0) {
                    out.add(new TokenSpans.Span(from + runStart, from + runEnd));
                    runStart = -1;
                }
                previous = null;
                continue;
            }
            if (runStart >= 0 && cluster.equals(previous)) {
                runEnd = end;
            } else {
                if (runStart >= 0) {
                    out.add(new TokenSpans.Span(from + runStart, from + runEnd));
                }
                runStart = start;
                runEnd = end;
            }
            previous = cluster;
        }
        if (runStart >= 0) {
            out.add(new TokenSpans.Span(from + runStart, from + runEnd));
        }
    }
}
