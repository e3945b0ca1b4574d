package org.seacorpus.conllu;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.document.TokenSpans;

/**
 * A document of a CoNLL-U file: what follows one {@code # newdoc} (or the whole file when it has none).
 *
 * @param id        {@code # newdoc id}, or empty
 * @param lang      the language the file declares ({@code # lang = th}), or empty
 * @param title     {@code # title} or {@code # meta::title}, or empty
 * @param sentences its sentences
 * @param line      the line where it starts
 */
public record ConlluDocument(String id, String lang, String title, List<ConlluSentence> sentences, int line) {
    public ConlluDocument {
        id = id == null ? "" : id;
        lang = lang == null ? "" : lang;
        title = title == null ? "" : title;
        sentences = List.copyOf(sentences);
    }

    /**
     * The document's text rebuilt from its tokens, and the tokens as spans of it. Inside a sentence tokens are
     * joined by the whitespace after each ({@code SpaceAfter=No}: none; {@code SpacesAfter}: as given; else one
     * space). Between sentences: a blank line before a {@code # newpar} sentence (unless the last token gives
     * its {@code SpacesAfter}), else what the last token says, else one space (the UD convention for running
     * text).
     */
    public Rebuilt rebuild() {
        StringBuilder text = new StringBuilder();
        List<TokenSpans.Sentence> spans = new ArrayList<>(sentences.size());
        String pending = null;
        for (ConlluSentence sentence : sentences) {
            if (!text.isEmpty()) {
                boolean paragraph = sentence.newParagraph() && (pending == null || pending.isEmpty());
                text.append(paragraph ? "\n\n" : pending != null ? pending : " ");
            }
            List<TokenSpans.Span> tokens = new ArrayList<>(sentence.tokens().size());
            List<ConlluToken> list = sentence.tokens();
            for (int i = 0; i < list.size(); i++) {
                ConlluToken t = list.get(i);
                int start = text.length();
                text.append(t.form());
                int end = text.length();
                // a form may carry spaces inside (Vietnamese words), never at its ends
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (end > start) {
                    tokens.add(new TokenSpans.Span(start, end));
                }
                if (i < list.size() - 1) {
                    text.append(t.after() == null ? " " : t.after());
                } else {
                    pending = t.after();
                }
            }
            spans.add(new TokenSpans.Sentence(sentence.id(), tokens));
        }
        return new Rebuilt(text.toString(), new TokenSpans(spans));
    }

    /** A document's text and its tokens. */
    public record Rebuilt(String text, TokenSpans tokens) {
    }
}
