package org.seacorpus.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stopwords of each language: the most frequent function words (particles, prepositions, conjunctions,
 * pronouns), written by the project in {@code org/seacorpus/lang/<code>/stopwords.txt}, one word per line,
 * {@code #} comments. A real text in the language has many of them, boilerplate and lists of names have few:
 * Gopher's stopword rule (Rae et al. 2021) keeps documents with at least two. Words are compared in NFC and
 * lower case. Thread-safe; a list is read on first use.
 */
public final class Stopwords {
    private static final Stopwords BUILT_IN = new Stopwords();

    private final Map<String, Set<String>> byLanguage = new ConcurrentHashMap<>();

    private Stopwords() {
    }

    public static Stopwords builtIn() {
        return BUILT_IN;
    }

    /** The stopwords of {@code lang}; empty for a language without a list (e.g. {@code und}). */
    public Set<String> of(String lang) {
        return byLanguage.computeIfAbsent(lang, Stopwords::load);
    }

    /** True when {@code word}, folded like the list, is a stopword of {@code lang}. */
    public boolean contains(String lang, String word) {
        Set<String> words = of(lang);
        return !words.isEmpty() && words.contains(fold(word));
    }

    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return belowCombiningMarks(lower) || Normalizer.isNormalized(lower, Normalizer.Form.NFC) ? lower
                : Normalizer.normalize(lower, Normalizer.Form.NFC);
    }

    /**
     * True when every char of {@code s} is below U+0300, the first combining mark: such a text is in NFC (each of
     * those characters is a starter that NFC keeps and that composes with no character before it;
     * {@code StopwordsTest} checks all of them), so the normaliser's check can be skipped.
     */
    static boolean belowCombiningMarks(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= FIRST_COMBINING_MARK) {
                return false;
            }
        }
        return true;
    }

    static final char FIRST_COMBINING_MARK = '\u0300';

    private static Set<String> load(String lang) {
        if (!lang.matches("[a-z]{2,3}")) {
            return Set.of();
        }
        String resource = "/org/seacorpus/lang/" + lang + "/stopwords.txt";
        try (InputStream in = Stopwords.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Set.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> {
                        int hash = line.indexOf('#');
                        return (hash >= 0 ? line.substring(0, hash) : line).strip();
                    })
                    .filter(word -> !word.isEmpty())
                    .map(Stopwords::fold)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stopword list " + resource + ": " + e.getMessage(), e);
        }
    }
}
