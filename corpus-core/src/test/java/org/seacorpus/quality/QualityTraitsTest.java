package org.seacorpus.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfile;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.Token;

import com.ibm.icu.text.Normalizer2;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The word traits worked out from a word's chars ({@code QualityAnalyzer.Words.directTraits}, the table of direct
 * chars and the stopword tables) are {@link QualityAnalyzer#traitsOf}: its length, letter test and stopword test
 * ({@link Stopwords#fold}: lower case, then the JDK's NFC) on every BMP char, every pair of marks and of a
 * composing starter with what comes before it, the words of the sample documents of every language, and random
 * words of the project's scripts, cased letters, marks and composing characters.
 */
class QualityTraitsTest {
    private static final Stopwords STOPWORDS = Stopwords.builtIn();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Path SAMPLE_DATA = Path.of("..", "sample-data").toAbsolutePath().normalize();

    private static int entry(char c) {
        return QualityAnalyzer.Direct.TABLE[c];
    }

    private static boolean jdkNfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    @Test
    void everyDirectCharLowerCasesAloneToOneCharInNfc() {
        int direct = 0;
        for (int c = 0; c < 0x10000; c++) {
            int entry = entry((char) c);
            if (entry < 0) {
                continue;
            }
            direct++;
            String alone = String.valueOf((char) c);
            String lower = alone.toLowerCase(Locale.ROOT);
            assertThat(lower).as("U+%04X", c).hasSize(1);
            assertThat((int) lower.charAt(0)).as("U+%04X", c).isEqualTo(entry & 0xFFFF);
            assertThat(jdkNfc(lower)).as("U+%04X", c).isTrue();
            // in a word, between other chars, it lower-cases the same (no rule of context applies to it)
            assertThat(("a" + alone + "b").toLowerCase(Locale.ROOT)).as("U+%04X", c).isEqualTo("a" + lower + "b");
            assertThat(("\u0100" + alone).toLowerCase(Locale.ROOT)).as("U+%04X", c).isEqualTo("\u0101" + lower);
            assertThat(QualityAnalyzer.traitsOf(alone, Set.of()) & 1).as("U+%04X", c)
                    .isEqualTo(Character.isLetter(c) ? 0 : 1);
        }
        assertThat(direct).isGreaterThan(60_000);
        assertThat(entry('\u0130')).isNegative();
        assertThat(entry('\u03A3')).isNegative();
        assertThat(entry('\u0301')).isNegative(); // a combining mark that composes with the letter before it
        assertThat(entry('\uD83C')).isNegative();
        assertThat(entry('\u023A') & 0xFFFF).isEqualTo(0x2C65); // lower-cases past U+0300, to one char
        assertThat(entry('\u1ADD')).isNegative(); // a mark of Unicode 17 (ICU 78), unassigned in the JDK's 16
    }

    @Test
    void marksInTheirOrderAreInNfcAsTheJdkSaysForEveryPairOfDirectMarks() {
        List<Character> marks = new ArrayList<>();
        for (int c = 0; c < 0x10000; c++) {
            int entry = entry((char) c);
            if (entry >= 0 && (entry >>> 17 & 0xFF) != 0) {
                marks.add((char) c);
            }
        }
        assertThat(marks).hasSizeGreaterThan(500);
        for (char a : marks) {
            for (char b : marks) {
                String pair = "x" + (char) entry(a) + (char) entry(b);
                boolean ordered = (entry(b) >>> 17 & 0xFF) >= (entry(a) >>> 17 & 0xFF);
                assertThat(jdkNfc(pair)).as("U+%04X U+%04X", (int) a, (int) b).isEqualTo(ordered);
            }
        }
    }

    @Test
    void aComposingStarterIsInNfcAsTheJdkSaysAfterEveryDirectChar() {
        List<Character> maybe = new ArrayList<>();
        for (int c = 0; c < 0x10000; c++) {
            int entry = entry((char) c);
            if (entry >= 0 && (entry & (1 << 25)) != 0) {
                maybe.add((char) c);
            }
        }
        assertThat(maybe).contains('\u0BBE', '\u102E');
        for (int c = 0; c < 0x10000; c++) {
            int before = entry((char) c);
            if (before < 0) {
                continue;
            }
            for (char m : maybe) {
                String pair = String.valueOf((char) before) + (char) entry(m);
                boolean composes = NFC.composePair(before & 0xFFFF, entry(m) & 0xFFFF) >= 0;
                assertThat(jdkNfc(pair)).as("U+%04X U+%04X", c, (int) m).isEqualTo(!composes);
            }
        }
    }

    @Test
    void theWordsOfEverySampleDocumentHaveTheirTraits() throws IOException {
        Segmenters segmenters = new Segmenters(LanguageProfiles.builtIn());
        QualityAnalyzer.Words table = new QualityAnalyzer.Words();
        int words = 0;
        int direct = 0;
        int stops = 0;
        for (LanguageProfile profile : LanguageProfiles.builtIn().all()) {
            String lang = profile.code();
            Path folder = SAMPLE_DATA.resolve(lang);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            Set<String> list = STOPWORDS.of(lang);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
                    // the text as it is, upper-cased, and decomposed: cased words and marks that NFC composes
                    for (String variant : List.of(text, text.toUpperCase(Locale.ROOT),
                            Normalizer.normalize(text, Normalizer.Form.NFD))) {
                        for (Token token : segmenters.forLanguage(lang).words(variant)) {
                            String word = token.text();
                            int expected = QualityAnalyzer.traitsOf(word, list);
                            int fromChars = table.directTraits(word, list);
                            if (fromChars >= 0) {
                                direct++;
                                assertThat(fromChars).as("%s %s", lang, word).isEqualTo(expected);
                            }
                            assertThat(table.traits(word, list)).as("%s %s", lang, word).isEqualTo(expected);
                            words++;
                            stops += expected >>> 1 & 1;
                        }
                    }
                }
            }
        }
        assertThat(words).isGreaterThan(20_000);
        assertThat(direct).isGreaterThan(words * 3 / 4);
        assertThat(stops).isGreaterThan(words / 10);
    }

    @Property(tries = 2000)
    void randomWordsHaveTheirTraits(@ForAll("words") String word, @ForAll("lists") String lang) {
        Set<String> list = STOPWORDS.of(lang);
        int expected = QualityAnalyzer.traitsOf(word, list);
        int fromChars = new QualityAnalyzer.Words().directTraits(word, list);
        if (fromChars >= 0) {
            assertThat(fromChars).isEqualTo(expected);
        }
        assertThat(new QualityAnalyzer.Words().traits(word, list)).isEqualTo(expected);
    }

    @Test
    void stopwordsInEveryCaseAndFormAreFound() {
        QualityAnalyzer.Words table = new QualityAnalyzer.Words();
        for (LanguageProfile profile : LanguageProfiles.builtIn().all()) {
            Set<String> list = STOPWORDS.of(profile.code());
            for (String stop : list) {
                for (String word : List.of(stop, stop.toUpperCase(Locale.ROOT),
                        Normalizer.normalize(stop, Normalizer.Form.NFD), stop + "x", stop.substring(1))) {
                    assertThat(table.traits(word, list)).as("%s %s", profile.code(), word)
                            .isEqualTo(QualityAnalyzer.traitsOf(word, list));
                }
                assertThat(table.traits(stop, list) & 2).as(stop).isEqualTo(2);
            }
        }
    }

    @Provide
    Arbitrary<String> lists() {
        return Arbitraries.of("th", "lo", "km", "my", "shn", "vi", "id", "ms", "fil", "en", "zh", "ta", "jv", "tet",
                "ceb", "su", "und");
    }

    @Provide
    Arbitrary<String> words() {
        Arbitrary<String> piece = Arbitraries.of("น", "้", "ำ", "ที่", "ุ่", "ุ่", "ແລະ", "ໜ", "និង", "្", "မြန်",
                "ီ", "ဥ", "ဦ", "ொ", "ெ", "ா", "க", "்", "Của", "CỦA", "ư", "Ư", "\u031B", "\u0309", "\u0301", "\u0323",
                "yang", "Yang", "DAN", "the", "The", "ß", "ẞ", "İ", "I", "ı", "Σ", "σ", "ς", "Ǆ", "ǅ", "ǆ", "Ⱥ", "ſ",
                "K", "Å", "Å", "ﾊﾟ", "Ｐ", "ａ", "的", "中", "2025", "๒", "…", ".", "-", "\u00AD", "\u200B", "🌾",
                "\uD83C", "ᄀ", "ᅡ", "ᆨ", "가", "e", "a", "o", "u", "A", "E", "\u0345", "\u0399", "ΐ", "ᾳ", "Ꭰ", "ꭰ");
        return piece.list().ofMinSize(0).ofMaxSize(5).map(p -> String.join("", p));
    }
}
