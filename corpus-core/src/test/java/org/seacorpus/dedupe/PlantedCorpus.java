package org.seacorpus.dedupe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.Token;

/**
 * A small corpus with known duplicates, built from 24 sentences per language written for these tests
 * ({@code planted/<lang>.txt}): three base documents of eight sentences, each with a byte-identical copy, a
 * copy differing only in spacing and punctuation, and four near-duplicates (a sentence dropped, a sentence
 * replaced, a sentence moved, three words deleted); plus two hard negatives that take a third of their
 * sentences from each base.
 */
final class PlantedCorpus {
    /** A planted document; documents of one family are duplicates of each other, of no one else. */
    record Doc(String name, String lang, String family, String kind, String text) {
    }

    static final List<String> LANGUAGES = List.of("th", "lo", "km", "my", "vi", "id");
    private static final Segmenters SEGMENTERS = new Segmenters(LanguageProfiles.builtIn());

    private PlantedCorpus() {
    }

    static List<String> sentences(String lang) {
        try (InputStream in = PlantedCorpus.class.getResourceAsStream("planted/" + lang + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Doc> build(String lang) {
        List<String> s = sentences(lang);
        List<Doc> out = new ArrayList<>();
        for (int x = 0; x < 3; x++) {
            List<String> base = s.subList(8 * x, 8 * x + 8);
            String family = lang + "-" + (char) ('a' + x);
            out.add(new Doc(family + "-base", lang, family, "base", join(base)));
            out.add(new Doc(family + "-copy", lang, family, "exact", join(base)));
            out.add(new Doc(family + "-spacing", lang, family, "exact", respaced(base)));
            List<String> dropped = new ArrayList<>(base);
            dropped.remove(2 + x);
            out.add(new Doc(family + "-drop", lang, family, "near", join(dropped)));
            List<String> replaced = new ArrayList<>(base);
            replaced.set(4 + x, s.get(8 * ((x + 1) % 3) + 7));
            out.add(new Doc(family + "-replace", lang, family, "near", join(replaced)));
            List<String> moved = new ArrayList<>(base.subList(1, 8));
            moved.add(base.get(0));
            out.add(new Doc(family + "-move", lang, family, "near", join(moved)));
            List<String> edited = new ArrayList<>(base);
            for (int i : new int[] {1, 3, 6}) {
                edited.set(i, deleteSecondWord(edited.get(i), lang));
            }
            out.add(new Doc(family + "-edit", lang, family, "near", join(edited)));
        }
        List<String> h1 = new ArrayList<>(s.subList(0, 3));
        h1.addAll(s.subList(11, 14));
        h1.addAll(s.subList(22, 24));
        out.add(new Doc(lang + "-hard-1", lang, lang + "-hard-1", "negative", join(h1)));
        List<String> h2 = new ArrayList<>(s.subList(5, 8));
        h2.addAll(s.subList(8, 11));
        h2.addAll(s.subList(19, 21));
        out.add(new Doc(lang + "-hard-2", lang, lang + "-hard-2", "negative", join(h2)));
        return out;
    }

    /** Four sentences a paragraph, paragraphs apart by a blank line. */
    static String join(List<String> sentences) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                out.append(i % 4 == 0 ? "\n\n" : " ");
            }
            out.append(sentences.get(i));
        }
        return out.append('\n').toString();
    }

    /** The same sentences with other spacing and the final full stop gone: equal only after folding. */
    private static String respaced(List<String> sentences) {
        String text = String.join("  ", sentences).strip();
        char last = text.charAt(text.length() - 1);
        return (last == '.' || last == '។' || last == '။' ? text.substring(0, text.length() - 1) : text) + "\n";
    }

    private static String deleteSecondWord(String sentence, String lang) {
        List<Token> words = SEGMENTERS.forLanguage(lang).words(sentence);
        Token second = words.get(1);
        return sentence.substring(0, second.start()) + sentence.substring(second.end());
    }
}
