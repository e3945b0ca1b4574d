package org.seacorpus.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seacorpus.dedupe.DedupeKeysStage;
import org.seacorpus.dedupe.DedupeSettings;
import org.seacorpus.document.DedupeKeys;
import org.seacorpus.document.Document;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.document.Origin;
import org.seacorpus.document.TokenSpans;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.quality.QualityAnalyzer;
import org.seacorpus.quality.Stopwords;

import com.ibm.icu.text.Normalizer2;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The words' forms the analyse stage attaches ({@link TokenForms}) number the distinct words first seen first and
 * fold each as ICU's NFKC_Casefold does; the quality signals and the dedupe keys computed with them are bit for
 * bit those computed without them, on every language's development sentences (as written, upper-cased, joined)
 * and on random mixes, several documents in a row on one thread; forms of other words are not used.
 */
class TokenFormsTest {
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final LanguageProfiles PROFILES = LanguageProfiles.builtIn();
    private static final Segmenters SEGMENTERS = new Segmenters(PROFILES);
    private static final AnalyzeStage ANALYZE = new AnalyzeStage(SEGMENTERS);
    private static final QualityAnalyzer QUALITY = new QualityAnalyzer(PROFILES, SEGMENTERS, Stopwords.builtIn());
    private static final DedupeKeysStage DEDUPE = new DedupeKeysStage(SEGMENTERS, DedupeSettings.DEFAULTS);
    private static final List<String> LANGS = List.of("th", "lo", "km", "my", "shn", "vi", "id", "ms", "fil", "jv",
            "su", "ceb", "tet", "en", "zh", "ta", "und");

    private static Document doc(String lang, String text) {
        return Document.extracted(Origin.of("test.txt", ""), text)
                .withLanguage(new LanguageInfo(lang, "Zyyy", 0.9, List.of(), false));
    }

    /** The forms checked against their definition, and both stages with them against both without them. */
    private static void check(String lang, String text) {
        Document analysed = ANALYZE.apply(doc(lang, text));
        TokenForms forms = analysed.annotation(TokenForms.class).orElseThrow();
        List<Token> words = analysed.annotation(Segmentation.class).orElseThrow().tokens();
        assertThat(forms.tokens()).isSameAs(words);
        Map<String, Integer> firstSeen = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text();
            int slot = firstSeen.computeIfAbsent(word, w -> firstSeen.size());
            assertThat(forms.textOf(i)).isEqualTo(slot);
            assertThat(forms.text(slot)).isEqualTo(word);
            assertThat(forms.folded(i)).isEqualTo(NFKC_CF.normalize(word));
        }
        assertThat(forms.distinctTexts()).isEqualTo(firstSeen.size());

        LanguageInfo language = analysed.language();
        assertThat(bits(QUALITY.measure(text, language, forms).values()))
                .as("%s quality: %s", lang, text).isEqualTo(bits(QUALITY.measure(text, language).values()));
        assertSameKeys(DEDUPE.keys(text, lang, SEGMENTERS.forLanguage(lang), forms), DEDUPE.keys(text, lang), text);
    }

    private static long[] bits(double[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.doubleToRawLongBits(values[i]);
        }
        return out;
    }

    private static void assertSameKeys(DedupeKeys a, DedupeKeys b, String text) {
        assertThat(a.shingleSet()).as("shingles of %s", text).isEqualTo(b.shingleSet());
        assertThat(a.signature()).as("signature of %s", text).isEqualTo(b.signature());
        assertThat(a.bands()).isEqualTo(b.bands());
        assertThat(a.shingles()).isEqualTo(b.shingles());
        assertThat(a.looseHash()).isEqualTo(b.looseHash());
        assertThat(a.lineHashes()).isEqualTo(b.lineHashes());
    }

    @Test
    void developmentSentencesOfEveryLanguage() {
        int checked = 0;
        for (String lang : LANGS) {
            StringBuilder all = new StringBuilder();
            for (String line : resource("/langid/dev/" + lang + ".tsv").split("\n")) {
                String[] cols = line.split("\t");
                if (line.startsWith("#") || cols.length < 3) {
                    continue;
                }
                check(lang, cols[2]);
                check(lang, cols[2].toUpperCase(Locale.ROOT));
                all.append(cols[2]).append(' ').append(cols[2].toUpperCase(Locale.ROOT)).append('\n');
                checked++;
            }
            check(lang, all.toString());
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Property(tries = 300)
    void randomTextsInAnyLanguage(@ForAll("langs") String lang, @ForAll("texts") String text) {
        check(lang, text);
    }

    @Provide
    Arbitrary<String> langs() {
        return Arbitraries.of(LANGS);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of("ข้าว", "น้ำ", "ทำนา", "ເຂົ້າໜຽວ", "ນ້ຳ", "កសិករ", "မြန်မာ", "ၶူၼ်",
                "Việt", "TIẾNG", "Padi", "PADI", "padi", "Ｐａｄｉ", "ß", "İ", "Σ", "中文", "தமிழ்", "ா", "\u200B", "\u00AD",
                "2025", "๒๕๖๘", "https://x.th/a", "a@b.co", " ", " ", ". ", "\n", "-", "!");
        return piece.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Test
    void formsOfOtherWordsAreNotUsed() {
        TokenForms other = TokenForms.of(SEGMENTERS.forLanguage("id").words("Harga padi naik"));
        String text = "Petani menanam padi PADI";
        LanguageInfo id = new LanguageInfo("id", "Latn", 0.9, List.of(), false);
        assertThat(bits(QUALITY.measure(text, id, other).values())).isEqualTo(bits(QUALITY.measure(text, id).values()));
        assertSameKeys(DEDUPE.keys(text, "id", SEGMENTERS.forLanguage("id"), other), DEDUPE.keys(text, "id"), text);
        assertThat(other.isOf(SEGMENTERS.forLanguage("id").words(text))).isFalse();
    }

    @Test
    void aTreebanksDocumentGetsNoForms() {
        String text = "Petani menanam padi.";
        TokenSpans given = new TokenSpans(List.of(new TokenSpans.Sentence("s1", List.of(
                new TokenSpans.Span(0, 6), new TokenSpans.Span(7, 14), new TokenSpans.Span(15, 19),
                new TokenSpans.Span(19, 20)))));
        Document analysed = ANALYZE.apply(doc("id", text).with(given));
        assertThat(analysed.annotation(Segmentation.class)).isPresent();
        assertThat(analysed.annotation(TokenForms.class)).isEmpty();
    }

    @Test
    void anEmptyTextHasNoForms() {
        TokenForms forms = ANALYZE.apply(doc("th", "")).annotation(TokenForms.class).orElseThrow();
        assertThat(forms.size()).isZero();
        assertThat(forms.distinctTexts()).isZero();
        check("th", "");
    }

    private static String resource(String path) {
        try (InputStream in = TokenFormsTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
