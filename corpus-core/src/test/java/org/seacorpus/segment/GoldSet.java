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
 * A gold-segmented set (test resources {@code segment/gold/{dev,test}/<lang>.txt}, or independent gold read by
 * {@link TrainingGold}) and word-level scoring against it. Conventions (docs/segmentation.md): {@code |}
 * separates words and is not part of the text; whitespace separates words and is text; in Vietnamese {@code _}
 * joins the syllables of one word and stands for a space. Punctuation at either edge of a word is cut off as a
 * piece of its own and not scored; inside a word it stays ({@code 1,250}, {@code 10:30}, {@code anak-anak}). A
 * chunk holding {@code @} or {@code ://} is an e-mail address or URL: one word, less trailing punctuation.
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

    /** The development part: the sentences we look at while working on the segmenters. */
    static GoldSet dev(String lang) {
        return load(lang, "/segment/gold/dev/" + lang + ".txt");
    }

    /** The test part: written before the lexicon segmenter and scored only for the reported figures. */
    static GoldSet test(String lang) {
        return load(lang, "/segment/gold/test/" + lang + ".txt");
    }

    /** The comment line that starts the sentences added to a test part on 2026-12-06 (the enlargement). */
    static final String ADDED_MARKER = "# --- added in session 2";

    /** Which lines of a part to read: all, those before the enlargement's marker, or those after it. */
    enum Lines { ALL, ORIGINAL, ADDED }

    /** The sentences of the test part written first (before the lexicon segmenter), or those added later. */
    static GoldSet test(String lang, Lines which) {
        return load(lang, "/segment/gold/test/" + lang + ".txt", which);
    }

    private static GoldSet load(String lang, String path) {
        return load(lang, path, Lines.ALL);
    }

    private static GoldSet load(String lang, String path, Lines which) {
        try (InputStream in = GoldSet.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing gold set " + path);
            }
            List<Sentence> out = new ArrayList<>();
            boolean added = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                added |= line.startsWith(ADDED_MARKER);
                boolean wanted = which == Lines.ALL || (which == Lines.ADDED) == added;
                if (wanted && !line.isBlank() && !line.startsWith("#")) {
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
            for (String piece : chunk.split("\\|", -1)) {
                String word = underscoreJoins ? piece.replace('_', ' ') : piece;
                int s = 0;
                int e = word.length();
                while (s < e && isPunctuation(word.charAt(s))) {
                    s++;
                }
                while (e > s && isPunctuation(word.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    words.add(new Span(text.length() + s, text.length() + e));
                }
                text.append(word);
            }
        }
        return new Sentence(text.toString(), words);
    }

    static boolean isPunctuation(char c) {
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
