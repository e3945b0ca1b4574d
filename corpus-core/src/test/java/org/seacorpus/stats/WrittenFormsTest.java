package org.seacorpus.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.search.KwicLine;
import org.seacorpus.search.KwicRequest;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.Selection;
import org.seacorpus.testing.TestCorpora;

/**
 * Words are shown as they are written, never in the folded form the index counts them under (issue #14): Thai
 * น้ำ (water) and ทำ (to do) and Lao ນ້ຳ (water) and ທຳ (to do) are written with sara am (U+0E33,
 * U+0EB3), which NFKC folding decomposes into nikhahit + sara aa, a spelling a Thai or Lao reader takes for a
 * mistake. Counting is unchanged: the folded form is the key, the most frequent written form is what is shown.
 */
class WrittenFormsTest {
    static final String THAI_WATER_FOLDED = "น\u0E49\u0E4D\u0E32";
    static final String LAO_WATER_FOLDED = "ນ\u0EC9\u0ECD\u0EB2";

    @TempDir
    static Path tmp;
    static Corpus corpus;

    @BeforeAll
    static void build() throws Exception {
        corpus = TestCorpora.build(tmp, Map.of(
                "th", TestCorpora.named("ชาวนาต้องใช้น้ำมาก ปีนี้น้ำน้อย ชาวนาจึงทำนาไม่ได้",
                        "น้ำท่วมนาข้าว ชาวนาทำอะไรไม่ได้ คำถามคือน้ำจะลดเมื่อไร"),
                "lo", TestCorpora.named("ປີນີ້ນ້ຳນ້ອຍ ຊາວນາທຳນາບໍ່ໄດ້ ນ້ຳບໍ່ພໍ")));
    }

    @Test
    void aFrequencyListPrintsThaiAndLaoWaterWithSaraAm() {
        FrequencyList thai = corpus.analysis().frequencies(Selection.of(null, "th", List.of()), 1, 100);
        WordFrequency water = thai.words().stream().filter(w -> w.form().equals(THAI_WATER_FOLDED)).findFirst()
                .orElseThrow();
        assertThat(water.word()).isEqualTo("น้ำ").isEqualTo("น\u0E49\u0E33");
        assertThat(thai.words()).extracting(WordFrequency::word).contains("ทำ").allSatisfy(
                w -> assertThat(w).doesNotContain("\u0E4D\u0E32"));
        FrequencyList lao = corpus.analysis().frequencies(Selection.of(null, "lo", List.of()), 1, 100);
        assertThat(lao.words()).extracting(WordFrequency::word).contains("ນ້ຳ").allSatisfy(
                w -> assertThat(w).doesNotContain("\u0ECD\u0EB2"));
        assertThat(lao.words()).extracting(WordFrequency::form).contains(LAO_WATER_FOLDED);
    }

    @Test
    void ngramsCollocatesAndKeywordsToo() {
        Selection thai = Selection.of(null, "th", List.of());
        List<WordFrequency> bigrams = corpus.analysis().ngrams(thai, 2, 2, 1, 100).get(0).words();
        assertThat(bigrams).extracting(WordFrequency::word).contains("นี้ น้ำ", "ใช้ น้ำ", "ชาวนา ทำ")
                .allSatisfy(w -> assertThat(w).doesNotContain("\u0E4D\u0E32"));
        CollocationResult collocates = corpus.analysis().collocations(thai, "ชาวนา", 2, 2,
                AssociationMeasure.LOGDICE, 1, 50);
        assertThat(collocates.collocates()).extracting(Collocate::word).contains("ทำ", "น้ำ");
        KeynessResult keyness = corpus.analysis().keyness(Selection.ALL, "lang:th", "lang:lo",
                KeynessCalculator.Measure.LL, 1, 1, 100);
        assertThat(keyness.positive()).extracting(Keyword::word).contains("น้ำ", "ทำ")
                .allSatisfy(w -> assertThat(w).doesNotContain("\u0E4D\u0E32"));
        assertThat(keyness.negative()).extracting(Keyword::word).contains("ນ້ຳ");
    }

    @Test
    void aNodeTypedEitherWayIsFoundAndConcordanceWordsAreAsWritten() {
        Selection thai = Selection.of(null, "th", List.of());
        // ใช้น้ำ, นี้น้ำ, คือน้ำ; น้ำท่วม (flood) is a word of its own
        assertThat(corpus.analysis().collocations(thai, "น้ำ", 1, 1, AssociationMeasure.LOGDICE, 1, 10)
                .nodeFrequency()).isEqualTo(3);
        assertThat(corpus.analysis().collocations(thai, THAI_WATER_FOLDED, 1, 1, AssociationMeasure.LOGDICE, 1, 10)
                .nodeFrequency()).isEqualTo(3);
        List<KwicLine> lines = corpus.analysis().concordance(new KwicRequest(new SearchRequest("ชาวนา", "th",
                List.of(), 10), 3, false, "1R", 10, 0)).lines();
        assertThat(lines).flatExtracting(KwicLine::rightWords).contains("ทำ", "ต้อง")
                .allSatisfy(w -> assertThat(w).doesNotContain("\u0E4D\u0E32"));
        assertThat(lines).flatExtracting(KwicLine::leftWords).contains("น้ำ");
    }
}
