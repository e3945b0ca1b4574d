package org.seacorpus.lang.identify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Running Latin-script text for the properties that check a fast scoring path against the feature-by-feature one
 * ({@code NgramModelExactSumsTest}, {@code PairModelOneLoopTest}): words of the Latin-script development sentences,
 * mixed with invented words (letters of several scripts, apostrophes and hyphens between letters, words longer than
 * the 40 characters the features keep), upper-cased or decomposed (NFD), with digits and punctuation between.
 */
final class LatinRunningText {
    /** Every whitespace-separated word of the Latin-script development sentences, in order. */
    static final List<String> DEV_WORDS = devWords();

    private LatinRunningText() {
    }

    private static List<String> devWords() {
        List<String> words = new ArrayList<>();
        for (LabelledText t : DevSet.load(DevSet.LATIN)) {
            for (String w : t.text().split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return List.copyOf(words);
    }

    /** Texts of at most {@code maxWords} words, each followed by a space, a line break or punctuation. */
    static Arbitrary<String> texts(int maxWords) {
        Arbitrary<String> known = Arbitraries.of(DEV_WORDS);
        Arbitrary<String> invented = Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzéèêëñçđơưăâ'-’ʼ‐ABCÉĐ")
                .withCharRange('\u0E01', '\u0E30').withCharRange('\u0300', '\u0303')
                .ofMinLength(1).ofMaxLength(50);
        Arbitrary<String> cased = known.map(String::toUpperCase);
        Arbitrary<String> decomposed = known.map(w -> Normalizer.normalize(w, Normalizer.Form.NFD));
        Arbitrary<String> word = Arbitraries.frequencyOf(Tuple.of(8, known), Tuple.of(3, invented),
                Tuple.of(1, cased), Tuple.of(1, decomposed));
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "\n", ", ", ". ", " 42 ", "-", "'", "\t", " (", ") ");
        return Arbitraries.entries(word, gap).list().ofMaxSize(maxWords).map(pairs -> {
            StringBuilder out = new StringBuilder();
            pairs.forEach(e -> out.append(e.getKey()).append(e.getValue()));
            return out.toString();
        });
    }
}
