package org.seacorpus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReader;
import org.seacorpus.index.LeafTokens;
import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Token;

/**
 * The tokens of the documents of one segment, with their offsets, as the concordance needs them: the words
 * around a hit for sorting (folded forms straight from the token fields, so no stored text is read) and for
 * showing (cut from the stored text at the tokens' offsets). A hit that starts or ends inside a token (part of a
 * long word found through a syllable or bigram field) has that token's outer part as its nearest word, the only
 * case where a sort key needs the text. Documents in increasing id order; not thread-safe.
 */
final class DocumentTokens {
    private final LeafTokens tokens;
    private final Map<Integer, String> forms = new HashMap<>();
    private int doc = -1;
    private boolean present;

    DocumentTokens(LeafReader leaf) throws IOException {
        this.tokens = LeafTokens.of(leaf);
    }

    /** Reads a document's tokens; false when it has none stored (the caller cuts its text instead). */
    boolean read(int docId) throws IOException {
        if (docId != doc) {
            doc = docId;
            present = tokens.read(docId) && tokens.readOffsets();
        }
        return present;
    }

    /** The document's stored text and its language's segmenter, asked for only when a hit cuts a token. */
    interface Text {
        String text();

        Segmenter segmenter();
    }

    /** The {@code n} words nearest the hit on one side, nearest first (fewer at the document's edge). */
    String[] words(int hitStart, int hitEnd, int n, boolean left, Text text) {
        List<String> out = new ArrayList<>(n);
        if (left) {
            int i = lastBefore(hitStart);
            if (i + 1 < tokens.size() && tokens.start(i + 1) < hitStart) {
                // the head of a token the hit cuts, cut into words as a text before the hit
                List<Token> head = cut(text, tokens.start(i + 1), hitStart);
                for (int k = head.size() - 1; k >= 0; k--) {
                    out.add(head.get(k).text());
                }
            }
            for (; i >= 0 && out.size() < n; i--) {
                out.add(form(i));
            }
        } else {
            int next = lastBefore(hitEnd) + 1;
            if (next < tokens.size() && tokens.start(next) < hitEnd && tokens.end(next) > hitEnd) {
                cut(text, hitEnd, tokens.end(next)).forEach(t -> out.add(t.text())); // the tail of a cut token
                next++;
            }
            for (; next < tokens.size() && out.size() < n; next++) {
                out.add(form(next));
            }
        }
        return out.subList(0, Math.min(n, out.size())).toArray(String[]::new);
    }

    /** The tokens before the hit as written (a token the hit cuts, cut at the hit), at most {@code max}. */
    List<Token> before(Text text, int hitStart, int max, int reach) {
        List<Token> out = new ArrayList<>();
        int i = lastBefore(hitStart);
        if (i + 1 < tokens.size() && tokens.start(i + 1) < hitStart) {
            out.addAll(cut(text, tokens.start(i + 1), hitStart).reversed());
        }
        for (; i >= 0 && out.size() < max && tokens.start(i) >= hitStart - (long) reach; i--) {
            out.add(token(text.text(), tokens.start(i), tokens.end(i), i));
        }
        return out.reversed();
    }

    /** The tokens after the hit as written (a token the hit cuts, from the hit on), at most {@code max}. */
    List<Token> after(Text text, int hitEnd, int max, int reach) {
        List<Token> out = new ArrayList<>();
        int next = lastBefore(hitEnd) + 1;
        if (next < tokens.size() && tokens.start(next) < hitEnd && tokens.end(next) > hitEnd) {
            out.addAll(cut(text, hitEnd, tokens.end(next)));
            next++;
        }
        for (; next < tokens.size() && out.size() < max && tokens.end(next) <= hitEnd + (long) reach; next++) {
            out.add(token(text.text(), tokens.start(next), tokens.end(next), next));
        }
        return out;
    }

    /**
     * The part of a token outside a hit, cut into words by the segmenter as any text would be (the words a
     * concordance shows next to part of a long word are those of the rest of the word), offsets in the text.
     */
    private static List<Token> cut(Text text, int from, int to) {
        String all = text.text();
        List<Token> out = new ArrayList<>();
        for (Token t : text.segmenter().words(all.substring(from, to))) {
            out.add(new Token(t.text(), t.start() + from, t.end() + from, t.kind()));
        }
        return out;
    }

    private Token token(String text, int start, int end, int index) {
        return new Token(text.substring(start, end), start, end,
                tokens.isWord(index) ? Token.Kind.WORD : Token.Kind.NUMBER);
    }

    /** Index of the last token ending at or before {@code offset}, or -1 (binary search: offsets are ascending). */
    private int lastBefore(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.end(mid) <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private String form(int i) {
        if (tokens.format() != org.seacorpus.index.TokenFields.FORMAT_1) {
            return tokens.formText(i); // format 2: the document's own bytes
        }
        return forms.computeIfAbsent(tokens.form(i), ord -> {
            try {
                return tokens.forms().lookupOrd(ord).utf8ToString();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the token dictionary: " + e.getMessage(), e);
            }
        });
    }
}
