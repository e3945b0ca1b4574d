package org.seacorpus.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.seacorpus.lang.LanguageProfiles;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LanguageAnalyzersTest {
    private static final LanguageAnalyzers ANALYZERS = new LanguageAnalyzers(LanguageProfiles.builtIn());

    /** A token as the index sees it: term, offsets, position. */
    record Term(String term, int start, int end, int position) {
    }

    static List<Term> analyze(String field, String text) {
        try (TokenStream stream = ANALYZERS.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            List<Term> out = new ArrayList<>();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Term(term.toString(), offset.startOffset(), offset.endOffset(), position));
            }
            stream.end();
            assertThat(offset.endOffset()).as("final offset").isEqualTo(text.length());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> terms(String field, String text) {
        return analyze(field, text).stream().map(Term::term).toList();
    }

    @Test
    void emptyTextHasNoTokensInAnyField() {
        for (String lang : List.of("th", "lo", "km", "my", "vi", "id", "zh", "en")) {
            for (String field : ANALYZERS.searchFields(lang)) {
                assertThat(analyze(field, "")).isEmpty();
            }
        }
    }

    @Test
    void thaiMainFieldHoldsTheSegmentersWordsWithOffsetsAndPositions() {
        assertThat(analyze("text_th", "แม่ซื้อข้าว")).containsExactly(
                new Term("แม่", 0, 3, 0), new Term("ซื้อ", 3, 7, 1), new Term("ข้าว", 7, 11, 2));
    }

    @Test
    void thaiSaraAmSurvivesBecauseFoldingRunsAfterWordBreaking() {
        // NFKC_Casefold turns sara am into nikhahit + sara aa, but only inside the word ICU already found
        assertThat(analyze("text_th", "ดื่มน้ำ")).containsExactly(
                new Term("ดื่ม", 0, 4, 0), new Term("น\u0E49\u0E4D\u0E32", 4, 7, 1));
    }

    @Test
    void khmerAndBurmeseSyllableSubFieldsCutCompoundsIntoSyllables() {
        assertThat(ANALYZERS.searchFields("km")).containsExactly("text_km", "text_km.syllables");
        assertThat(terms("text_km", "ភ្នំពេញ")).containsExactly("ភ្នំពេញ");
        assertThat(analyze("text_km.syllables", "ភ្នំពេញ")).containsExactly(
                new Term("ភ្នំ", 0, 4, 0), new Term("ពេញ", 4, 7, 1));
        assertThat(terms("text_my.syllables", "မြန်မာနိုင်ငံ")).containsExactly("မြန်", "မာ", "နိုင်", "ငံ");
    }

    @Test
    void thaiBigramSubFieldPairsGraphemeClusters() {
        assertThat(terms("text_th.bigrams", "รถไฟ")).containsExactly("รถ", "ถไ", "ไฟ");
        assertThat(terms("text_th.bigrams", "ไก่")).containsExactly("ไก่");
    }

    @Test
    void vietnameseKeepsDiacriticsLowerCasedAndFoldsThemInTheSubField() {
        assertThat(terms("text_vi", "Học Sinh giỏi")).containsExactly("học sinh", "giỏi");
        assertThat(terms("text_vi.syllables", "Học sinh giỏi")).containsExactly("học", "sinh", "giỏi");
        assertThat(terms("text_vi.folded", "Học sinh Đà Nẵng")).containsExactly("hoc", "sinh", "da", "nang");
    }

    @Test
    void indonesianStemSubFieldDropsParticlesAndPossessives() {
        assertThat(terms("text_id", "Bukunya")).containsExactly("bukunya");
        assertThat(terms("text_id.stem", "Bukunya bagus sekali")).containsExactly("buku", "bagus", "sekali");
    }

    @Test
    void urlsAndEmailsPassSubFieldsWhole() {
        assertThat(terms("text_km.syllables", "មើល https://ex.com/a")).contains("https://ex.com/a");
    }

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0E01', '\u0E5B').ofMaxLength(10),
                Arbitraries.strings().withCharRange('\u0E81', '\u0EDF').ofMaxLength(10),
                Arbitraries.strings().withCharRange('\u1780', '\u17F9').ofMaxLength(10),
                Arbitraries.strings().withCharRange('\u1000', '\u109F').ofMaxLength(10),
                Arbitraries.strings().withCharRange('a', 'z').withChars("ĐđƯươăâêô-").ofMaxLength(10),
                Arbitraries.strings().withCharRange('\u4E00', '\u4E2F').ofMaxLength(5),
                Arbitraries.of(" ", "\n", "\u200B", "။", "។", "12", ". ", "www.x.org ", "\uD83D\uDE00"))
                .list().ofMaxSize(10).map(l -> String.join("", l));
    }

    /** Like Lucene's checkRandomData: every analyzer, on random mixed-script text, keeps the stream contract. */
    @Property(tries = 150)
    void everyAnalyzerIsSafeOnMixedScriptText(@ForAll("mixedText") String text) {
        for (String lang : List.of("th", "lo", "km", "my", "shn", "vi", "id", "ms", "fil", "zh", "ta", "en",
                "und")) {
            for (String field : ANALYZERS.searchFields(lang)) {
                List<Term> first = analyze(field, text);
                int lastStart = 0;
                for (Term t : first) {
                    assertThat(t.start()).as("%s %s", field, t).isGreaterThanOrEqualTo(lastStart);
                    assertThat(t.end()).isGreaterThanOrEqualTo(t.start()).isLessThanOrEqualTo(text.length());
                    assertThat(t.term()).isNotEmpty();
                    lastStart = t.start();
                }
                assertThat(analyze(field, text)).as("reused stream on %s", field).isEqualTo(first);
            }
        }
    }

    @Test
    void theAnalyzerForAFieldIsTheSameOnEachCall() {
        Analyzer a = ANALYZERS.forLanguage("th");
        assertThat(a).isSameAs(ANALYZERS.forLanguage("th"));
    }
}
