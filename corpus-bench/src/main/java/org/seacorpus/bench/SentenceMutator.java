package org.seacorpus.bench;

import java.util.List;
import java.util.SplittableRandom;

import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Token;

/**
 * Makes new sentences from sample sentences by swapping some of their words for other words of the same
 * language (found by the language's segmenter, so unspaced scripts change word by word, not phrase by phrase).
 * The sample data has a few dozen sentences per language; a million documents built from them verbatim would
 * share long runs of words by chance and blur the ground truth. Swapping about a third of the words keeps each
 * sentence's shape and script while making chance 5-word overlaps between unrelated documents rare.
 */
final class SentenceMutator {
    /** Share of a sentence's words swapped when a fresh sentence is made. */
    static final double SWAP_SHARE = 0.35;

    private final SentencePool.Language language;
    private final Segmenter segmenter;

    SentenceMutator(SentencePool.Language language, Segmenter segmenter) {
        this.language = language;
        this.segmenter = segmenter;
    }

    /** A sentence of the pool with about {@link #SWAP_SHARE} of its words swapped (at least two). */
    String fresh(SplittableRandom random) {
        String sentence = language.sentences().get(random.nextInt(language.sentences().size()));
        List<Token> words = segmenter.words(sentence);
        int swaps = Math.max(2, (int) Math.round(words.size() * SWAP_SHARE));
        boolean[] swap = new boolean[words.size()];
        for (int i = 0; i < swaps; i++) {
            swap[random.nextInt(words.size())] = true;
        }
        StringBuilder out = new StringBuilder(sentence.length() + 16);
        int pos = 0;
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            out.append(sentence, pos, t.start());
            out.append(swap[i] ? randomWord(random) : t.text());
            pos = t.end();
        }
        return out.append(sentence, pos, sentence.length()).toString();
    }

    /** The sentence with one word deleted or, every other time, replaced: a small edit. */
    String smallEdit(String sentence, SplittableRandom random) {
        List<Token> words = segmenter.words(sentence);
        if (words.size() < 2) {
            return sentence;
        }
        Token t = words.get(1 + random.nextInt(words.size() - 1));
        String replacement = random.nextBoolean() ? "" : randomWord(random);
        return sentence.substring(0, t.start()) + replacement + sentence.substring(t.end());
    }

    private String randomWord(SplittableRandom random) {
        return language.words().get(random.nextInt(language.words().size()));
    }
}
