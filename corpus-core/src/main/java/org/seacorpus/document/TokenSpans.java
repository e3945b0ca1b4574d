package org.seacorpus.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into sentences of tokens, as UTF-16 spans of that text: tokens in order, not overlapping, never
 * holding whitespace at either end; sentences in order, each with its tokens.
 *
 * <p>As an annotation on a {@link Document} it means the source gave the tokenisation (a CoNLL-U treebank's
 * tokens, punctuation included): the analyse stage keeps these tokens as the document's words instead of
 * segmenting the text again (DESIGN §3, segment once, visibly), and the index and the token formats of the
 * export (CoNLL-U, vertical) use them, so a treebank's own word boundaries are searchable. The extractor
 * attaches them over the text it extracted; the analyse stage moves them onto the normalised text
 * ({@link #alignedTo}). Export uses the same shape for the segmenter's tokens of a text.
 *
 * @param sentences the sentences, in text order
 */
public record TokenSpans(List<Sentence> sentences) {
    public TokenSpans {
        sentences = List.copyOf(sentences);
        int last = 0;
        for (Sentence s : sentences) {
            for (Span t : s.tokens()) {
                if (t.start() < last) {
                    throw new IllegalArgumentException("token spans overlap or go backwards at " + t.start());
                }
                last = t.end();
            }
        }
    }

    /**
     * One sentence.
     *
     * @param id     the sentence id the source gave ({@code # sent_id}), or empty
     * @param tokens its tokens
     */
    public record Sentence(String id, List<Span> tokens) {
        public Sentence {
            id = id == null ? "" : id;
            tokens = List.copyOf(tokens);
        }
    }

    /** A token: {@code [start, end)} in the text, {@code start < end}. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("empty or negative token span [" + start + ", " + end + ")");
            }
        }
    }

    /** Every token, in order. */
    public List<Span> tokens() {
        List<Span> out = new ArrayList<>();
        sentences.forEach(s -> out.addAll(s.tokens()));
        return out;
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }

    /** Tokens that are words or numbers: what word counts count (punctuation is not a word). */
    public long wordCount(String text) {
        long words = 0;
        for (Sentence s : sentences) {
            for (Span t : s.tokens()) {
                if (TokenType.of(text, t.start(), t.end()) != TokenType.PUNCT) {
                    words++;
                }
            }
        }
        return words;
    }

    /** The end of the last token (0 when there is none). */
    public int end() {
        for (int i = sentences.size() - 1; i >= 0; i--) {
            List<Span> tokens = sentences.get(i).tokens();
            if (!tokens.isEmpty()) {
                return tokens.get(tokens.size() - 1).end();
            }
        }
        return 0;
    }

    /**
     * These spans moved from {@code original} onto {@code text}, the same text after normalisation (which
     * composes, reorders, deletes and replaces characters locally). Each token keeps the characters that
     * correspond to its own ({@link OffsetAlignment}); a token left with nothing (its characters were deleted) is
     * dropped.
     */
    public TokenSpans alignedTo(String original, String text) {
        if (original.equals(text)) {
            return this;
        }
        OffsetAlignment alignment = OffsetAlignment.of(original, text);
        List<Sentence> out = new ArrayList<>(sentences.size());
        int last = 0;
        for (Sentence s : sentences) {
            List<Span> tokens = new ArrayList<>(s.tokens().size());
            for (Span t : s.tokens()) {
                int start = Math.max(last, alignment.start(t.start()));
                int end = alignment.end(t.end());
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (end > start) {
                    tokens.add(new Span(start, end));
                    last = end;
                }
            }
            out.add(new Sentence(s.id(), tokens));
        }
        return new TokenSpans(out).coveringAllOf(text);
    }

    /**
     * These spans with every non-whitespace character of {@code text} inside a token: characters touching a token
     * join it, a run standing alone between two tokens becomes a token of its own (in the sentence before it;
     * before the first token, in the first sentence). Keeps the tokens in order, so a writer can take what lies
     * between two tokens as whitespace.
     */
    TokenSpans coveringAllOf(String text) {
        List<List<Span>> out = new ArrayList<>();
        int previousEnd = 0;
        Span pending = null; // the last token, whose end may still grow
        for (Sentence sentence : sentences) {
            List<Span> fixed = new ArrayList<>();
            out.add(fixed);
            for (Span t : sentence.tokens()) {
                int start = t.start();
                // the gap [previousEnd, start): runs of non-whitespace
                int i = previousEnd;
                while (i < start) {
                    if (Character.isWhitespace(text.charAt(i))) {
                        i++;
                        continue;
                    }
                    int runStart = i;
                    while (i < start && !Character.isWhitespace(text.charAt(i))) {
                        i++;
                    }
                    if (pending != null && runStart == pending.end()) {
                        pending = replaceLast(out, pending, new Span(pending.start(), i));
                    } else if (i == start) {
                        start = runStart;
                    } else {
                        pending = new Span(runStart, i);
                        lastNonEmpty(out).add(pending);
                    }
                }
                pending = new Span(start, t.end());
                fixed.add(pending);
                previousEnd = t.end();
            }
        }
        if (!sentences.isEmpty()) {
            int i = previousEnd;
            while (i < text.length()) {
                if (Character.isWhitespace(text.charAt(i))) {
                    i++;
                    continue;
                }
                int runStart = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (pending != null && runStart == pending.end()) {
                    pending = replaceLast(out, pending, new Span(pending.start(), i));
                } else {
                    pending = new Span(runStart, i);
                    lastNonEmpty(out).add(pending);
                }
            }
        }
        List<Sentence> result = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            result.add(new Sentence(sentences.get(s).id(), out.get(s)));
        }
        return new TokenSpans(result);
    }

    /** The list holding the last token so far (the first list while there is none). */
    private static List<Span> lastNonEmpty(List<List<Span>> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            if (!out.get(i).isEmpty()) {
                return out.get(i);
            }
        }
        return out.get(0);
    }

    private static Span replaceLast(List<List<Span>> out, Span old, Span replacement) {
        List<Span> list = lastNonEmpty(out);
        list.set(list.size() - 1, replacement);
        return replacement;
    }

    /** A stable digest of the spans and ids, for the import fingerprint (a changed tokenisation re-imports). */
    public String fingerprint() {
        StringBuilder key = new StringBuilder();
        for (Sentence s : sentences) {
            key.append(s.id()).append('\u0001');
            for (Span t : s.tokens()) {
                key.append(t.start()).append(',').append(t.end()).append(';');
            }
            key.append('\u0002');
        }
        return DocumentId.contentHash(key.toString());
    }
}
