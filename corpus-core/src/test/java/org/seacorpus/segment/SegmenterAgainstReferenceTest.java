package org.seacorpus.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfiles;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shipped segmenter cuts exactly what the segmenter of session 11's start cut ({@link ReferenceSegmenter}: its
 * token-list steps kept in the test tree), token for token (text, offsets, kind), on every language: the word lists'
 * merges by trie walk, the compounds' splits, the joins that make no list when nothing joins, the lexicon's dynamic
 * programme over per-thread arrays. Sentences are cut from the words by the unchanged {@link SentenceSplitter}, so
 * equal words give equal sentences. Checked on the gold sentences and the language-ID development sentences of every
 * language, on random text built from the languages' own listed words, and with a user dictionary whose entries
 * need the whole-stretch look-up (Σ, İ, spaces, tabs).
 */
class SegmenterAgainstReferenceTest {
    private static final LanguageProfiles PROFILES = LanguageProfiles.builtIn();
    private static final List<String> LANGS = List.of("th", "lo", "km", "my", "shn", "vi", "id", "ms", "fil", "jv",
            "su", "ceb", "tet", "zh", "ta", "en", "und");
    private static final WordList USER = WordList.parse(String.join("\n", "ΣΟΦΙΑ σοφία", "İstanbul", "straße",
            "a  b", "x\ty", "học sinh giỏi", "ไข้เลือดออก", "โรง|พยาบาล", "đại | học", "anak-anak sekolah",
            "ΣΟΦ|ΙΑ", "ǅemal", "ﬁsh"), "test");
    private static final Map<String, Pair> PAIRS = new LinkedHashMap<>();
    private static final Map<String, Pair> WITH_USER = new LinkedHashMap<>();
    private static final Map<String, Pair> SYLLABLES = new LinkedHashMap<>();

    static {
        for (String lang : LANGS) {
            SegmentationSpec spec = PROFILES.segmentation(lang);
            PAIRS.put(lang, new Pair(new LanguageSegmenter(spec, WordList.EMPTY, false),
                    new ReferenceSegmenter(spec, WordList.EMPTY, false)));
            WITH_USER.put(lang, new Pair(new LanguageSegmenter(spec, USER, false),
                    new ReferenceSegmenter(spec, USER, false)));
            SYLLABLES.put(lang, new Pair(new LanguageSegmenter(spec, WordList.EMPTY, true),
                    new ReferenceSegmenter(spec, WordList.EMPTY, true)));
        }
    }

    private record Pair(LanguageSegmenter shipped, ReferenceSegmenter reference) {
        void check(String lang, String text) {
            assertThat(shipped.words(text)).as("%s: [%s]", lang, text).isEqualTo(reference.words(text));
        }
    }

    private static void checkEveryway(String text) {
        for (String lang : LANGS) {
            PAIRS.get(lang).check(lang, text);
            WITH_USER.get(lang).check(lang, text);
            SYLLABLES.get(lang).check(lang, text);
        }
    }

    @Test
    void goldSentencesOfEveryLanguage() {
        for (String part : List.of("dev", "test")) {
            for (String lang : List.of("th", "lo", "km", "my", "vi")) {
                GoldSet gold = part.equals("dev") ? GoldSet.dev(lang) : GoldSet.test(lang);
                StringBuilder all = new StringBuilder();
                for (GoldSet.Sentence s : gold.sentences()) {
                    checkEveryway(s.text());
                    all.append(s.text()).append(' ');
                }
                checkEveryway(all.toString());   // long runs, many merges in one text
            }
        }
    }

    @Test
    void developmentSentencesOfEveryLanguage() {
        for (String lang : LANGS) {
            String content = resource("/langid/dev/" + lang + ".tsv");
            StringBuilder all = new StringBuilder();
            for (String line : content.split("\n")) {
                String[] cols = line.split("\t");
                if (line.startsWith("#") || cols.length < 3) {
                    continue;
                }
                checkEveryway(cols[2]);
                checkEveryway(cols[2].toUpperCase(java.util.Locale.ROOT));
                all.append(cols[2]).append('\n');
            }
            checkEveryway(all.toString());
        }
    }

    /** Shrunk cases met while writing the fast paths: a stretch that ends in a space, Σ inside a merge, a tab. */
    @Example
    void edgesOfTheWholeStretchLookup() {
        for (String text : List.of("ΣΟΦΙΑ σοφία ΣΟΦΙΑ", "a  b a b", "x\ty", "İstanbul İSTANBUL", "học  sinh giỏi",
                "Học Sinh Giỏi ở Hà Nội", "โรงพยาบาล2500ปี", "ปี2500 10:30 29/11/2026 anak-anak ke-2",
                "มากกกกก ร้านนี้อร่อยมากกกก!!", "ǅemal ǆemal ﬁsh FISH", "ΣΟΦ ΙΑ ΣΟΦΙΑ")) {
            checkEveryway(text);
        }
    }

    @Property(tries = 400)
    void randomTextOfListedWords(@ForAll("texts") String text) {
        checkEveryway(text);
    }

    @Provide
    Arbitrary<String> texts() {
        List<String> words = new ArrayList<>();
        for (String lang : List.of("th", "lo", "km", "my", "vi")) {
            words.addAll(listed(resource("/org/seacorpus/lang/" + lang + "/words.txt"), 300));
        }
        for (String lang : List.of("th", "lo", "km", "my")) {
            words.addAll(listed(resource("/org/seacorpus/lang/" + lang + "/lexicon.tsv"), 200));
        }
        words.addAll(List.of("anak", "kanak", "nag", "aaral", "ke", "Nguyễn", "Văn", "An", "Ông", "Bà", "Hà", "Nội",
                "HỌC", "Sinh", "ΣΟΦΙΑ", "σοφία", "İstanbul", "straße", "https://th.wikipedia.org/wiki/ประเทศไทย",
                "x@y.co", "www.example.com", "2500", "10", "30", "๒๕๖๗", "១២", "၁၂", "中文", "தமிழ்", "ๆ", "ມາກກກ",
                "กกกก", "\uD835\uDC00", "ǅ", "ﬁ"));
        Arbitrary<String> word = Arbitraries.of(words).map(w -> w.replace("|", ""));
        // letters in no list: unknown stretches of the lexicon's programme, long enough to be several in a row
        Arbitrary<String> unlisted = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0E01', '\u0E4E').ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0E81', '\u0EDF').ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u1780', '\u17D2').ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u1000', '\u103F').ofMinLength(1).ofMaxLength(40));
        Arbitrary<String> cased = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, word), net.jqwik.api.Tuple.of(1, unlisted),
                net.jqwik.api.Tuple.of(1, word.map(w -> w.toUpperCase(java.util.Locale.ROOT))),
                net.jqwik.api.Tuple.of(1, word.map(w -> w.isEmpty() ? w
                        : Character.toUpperCase(w.charAt(0)) + w.substring(1))));
        Arbitrary<String> gap = Arbitraries.of("", "", "", " ", " ", "  ", "\t", "\n", "\u00A0", "\u200B", "\u200D",
                "-", ":", "/", ". ", ", ", "!! ", "(", ")", "1", "42");
        return Arbitraries.entries(cased, gap).list().ofMaxSize(14).map(list -> {
            StringBuilder out = new StringBuilder();
            list.forEach(e -> out.append(e.getKey()).append(e.getValue()));
            return out.toString();
        });
    }

    /** Up to {@code limit} entries of a word list or lexicon, spread over it (first column, comments left out). */
    private static List<String> listed(String content, int limit) {
        List<String> all = new ArrayList<>();
        for (String line : content.split("\n")) {
            String entry = line.split("\t")[0].strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                all.add(entry);
            }
        }
        List<String> out = new ArrayList<>();
        int step = Math.max(1, all.size() / limit);
        for (int i = 0; i < all.size(); i += step) {
            out.add(all.get(i));
        }
        return out;
    }

    private static String resource(String path) {
        try (InputStream in = SegmenterAgainstReferenceTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
