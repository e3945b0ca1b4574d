package org.seacorpus.segment;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.document.TokenSpans;
import org.seacorpus.document.TokenType;

/**
 * The words and sentences the analyse stage found in a document, carried on it as an annotation so that later
 * stages and the index read them instead of cutting the text again (DESIGN §3, segment once). The index keeps
 * them in the {@code tokens} fields, which word statistics and sorted concordances read.
 *
 * @param tokens       every token the segmenter found, in text order (words, numbers, URLs, e-mail addresses)
 * @param sentenceEnds the end offset of each sentence, in order (see {@link Segmenter#sentences})
 */
public record Segmentation(List<Token> tokens, List<Integer> sentenceEnds) {
    public Segmentation {
        tokens = List.copyOf(tokens);
        sentenceEnds = List.copyOf(sentenceEnds);
    }

    /** Cuts {@code text} with {@code segmenter}: what the analyse stage does once per document. */
    public static Segmentation of(Segmenter segmenter, String text) {
        List<Token> tokens = segmenter.words(text);
        List<int[]> sentences = segmenter.sentences(text);
        List<Integer> ends = new ArrayList<>(sentences.size());
        for (int[] sentence : sentences) {
            ends.add(sentence[1]);
        }
        return new Segmentation(tokens, ends);
    }

    /**
     * The words of tokens a source gave ({@link TokenSpans}, a treebank's), as the analyse stage keeps them:
     * punctuation tokens are left out (they are not words, as a segmenter does not return them), and each sentence
     * holding a token ends after its last token.
     */
    public static Segmentation of(TokenSpans given, String text) {
        List<Token> tokens = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (TokenSpans.Sentence sentence : given.sentences()) {
            for (TokenSpans.Span span : sentence.tokens()) {
                TokenType type = TokenType.of(text, span.start(), span.end());
                if (type != TokenType.PUNCT) {
                    tokens.add(new Token(text.substring(span.start(), span.end()), span.start(), span.end(),
                            type == TokenType.NUMBER ? Token.Kind.NUMBER : Token.Kind.WORD));
                }
            }
            if (!sentence.tokens().isEmpty()) {
                ends.add(sentence.tokens().get(sentence.tokens().size() - 1).end());
            }
        }
        return new Segmentation(tokens, ends);
    }

    /** Sentences found. */
    public int sentences() {
        return sentenceEnds.size();
    }

    /**
     * For each token, whether a sentence ends between the start of the token before it and its own start: where
     * word sequences (n-grams) must not run on.
     */
    public boolean[] sentenceBreaks() {
        boolean[] out = new boolean[tokens.size()];
        int sentence = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.get(i).start();
            boolean ended = false;
            while (sentence < sentenceEnds.size() && sentenceEnds.get(sentence) <= start) {
                sentence++;
                ended = true;
            }
            out[i] = ended && i > 0;
        }
        return out;
    }
}
