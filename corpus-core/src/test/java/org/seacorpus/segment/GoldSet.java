package org.seacorpus.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A gold-segmented development set (test resources {@code segment/gold/<lang>.txt}) and word-level scoring
 * against it. Conventions (docs/segmentation.md): {@code |} separates words and is not part of the text;
 * whitespace separates words and is text; in Vietnamese {@code _} joins the syllables of one word and stands for
 * a space. Punctuation is cut off as its own piece and not scored. A chunk holding {@code @} or {@code ://} is
 * an e-mail address or URL: one word, less trailing punctuation.
 */
record GoldSet(String lang, List<Sentence> sentences) {

    /** A sentence as the segmenter sees it, and its gold words as [start, end) spans. */
    record Sentence(String text, Set<Span> words) {
    }

    record Span(int start, int end) {
    }

    /** Precision, recall and F1 of predicted word spans, pooled over a set. */
    record Score(int correct, int predicted, int gold) {
        double precision() {
            return predicted == 0 ? 0 : correct / (double) predicted;
        }

        double recall() {
            return gold == 0 ? 0 : correct / (double) gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static GoldSet load(String lang) {
        return load(lang, "/segment/gold/" + lang + ".txt");
    }

    /** The held-out set, written after the word lists and never used to tune them. */
    static GoldSet heldOut(String lang) {
        return load(lang, "/segment/gold/heldout/" + lang + ".txt");
    }

    private static GoldSet load(String lang, String path) {
        try (InputStream in = GoldSet.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing gold set " + path);
            }
            List<Sentence> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(parse(line.strip(), "vi".equals(lang)));
                }
            }
            return new GoldSet(lang, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Sentence parse(String line, boolean underscoreJoins) {
        StringBuilder text = new StringBuilder();
        Set<Span> words = new HashSet<>();
        for (String chunk : line.split(" ", -1)) {
            if (text.length() > 0) {
                text.append(' ');
            }
            if (chunk.contains("@") || chunk.contains("://")) {
                int end = chunk.length();
                while (end > 0 && isPunctuation(chunk.charAt(end - 1))) {
                    end--;
                }
                words.add(new Span(text.length(), text.length() + end));
                text.append(chunk);
                continue;
            }
            int start = text.length();
            for (int i = 0; i < chunk.length(); i++) {
                char c = chunk.charAt(i);
                if (c == '|') {
                    add(text, start, words);
                    start = text.length();
                } else if (c == '_' && underscoreJoins) {
                    text.append(' ');
                } else if (isPunctuation(c)) {
                    add(text, start, words);
                    text.append(c);
                    start = text.length();
                } else {
                    text.append(c);
                }
            }
            add(text, start, words);
        }
        return new Sentence(text.toString(), words);
    }

    private static void add(StringBuilder text, int start, Set<Span> words) {
        if (text.length() > start) {
            words.add(new Span(start, text.length()));
        }
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    /** Word-level scores of a segmenter on this set: a predicted word counts when its span is a gold word. */
    Score score(Segmenter segmenter) {
        int correct = 0;
        int predicted = 0;
        int gold = 0;
        for (Sentence s : sentences) {
            Set<Span> found = new HashSet<>();
            for (Token t : segmenter.words(s.text())) {
                found.add(new Span(t.start(), t.end()));
            }
            predicted += found.size();
            gold += s.words().size();
            found.retainAll(s.words());
            correct += found.size();
        }
        return new Score(correct, predicted, gold);
    }
}
