package org.seacorpus.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.search.Selection;
import org.seacorpus.testing.LinguistFixture;

/**
 * Frequency lists, n-grams, collocations, keyness and dispersion, checked against numbers worked out by hand on
 * the two Indonesian documents of {@link LinguistFixture}:
 * <pre>
 * docA: petani menanam padi di sawah | petani menjual padi      (8 words)
 * docB: harga padi naik dan petani senang                      (6 words)
 * </pre>
 * and on Thai words, which have no spaces between them.
 */
class WordStatisticsTest {
    static Corpus corpus;
    static final Selection INDONESIAN = Selection.of(null, "id", List.of());
    static final Selection THAI = Selection.of(null, "th", List.of());

    @BeforeAll
    static void build() throws Exception {
        corpus = LinguistFixture.shared();
    }

    @Test
    void frequencyListCountsWordsPerMillionAndDocuments() {
        FrequencyList list = corpus.analysis().frequencies(INDONESIAN, 1, 100);
        assertThat(list.tokens()).isEqualTo(14);
        assertThat(list.documents()).isEqualTo(2);
        assertThat(list.types()).isEqualTo(10);
        // petani 3 (2 + 1 docs), padi 3: equal frequency and documents, then alphabetical
        WordFrequency padi = list.words().get(0);
        assertThat(padi.word()).isEqualTo("padi");
        assertThat(padi.frequency()).isEqualTo(3);
        assertThat(padi.documents()).isEqualTo(2);
        assertThat(padi.perMillion()).isCloseTo(3 / 14.0 * 1e6, within(1e-6));
        // petani is written Petani twice (starting a sentence) and petani once: shown as it is written most
        assertThat(list.words().get(1).word()).isEqualTo("Petani");
        assertThat(list.words().get(1).form()).isEqualTo("petani");
        assertThat(corpus.analysis().frequencies(INDONESIAN, 2, 100).words()).hasSize(2);
        assertThat(corpus.analysis().frequencies(INDONESIAN, 1, 1).words()).hasSize(1);
    }

    @Test
    void thaiWordsAreTheSegmentersNotSpaces() {
        FrequencyList list = corpus.analysis().frequencies(THAI, 1, 5);
        // ข้าว 3 times in 2 documents (ข้าวเหนียว is a word of its own), ties with ชาวนา; หอม 3 times in 1
        assertThat(list.words()).extracting(WordFrequency::word).startsWith("ข้าว", "ชาวนา", "หอม");
        assertThat(list.words().get(0).frequency()).isEqualTo(3);
        assertThat(list.words().get(0).documents()).isEqualTo(2);
        assertThat(list.words()).extracting(WordFrequency::word).doesNotContain("ข้าวหอมมะลิ");
        // the same words the import counted
        assertThat(list.tokens()).isEqualTo(corpus.stats().lang().get("th").words());
        FrequencyList rice = corpus.analysis().frequencies(Selection.of("ชาวนา", "th", List.of()), 3, 50);
        assertThat(rice.documents()).isEqualTo(2);
        assertThat(rice.words()).extracting(WordFrequency::word).contains("ชาวนา");
    }

    @Test
    void ngramsStopAtSentenceEnds() {
        List<FrequencyList> lists = corpus.analysis().ngrams(INDONESIAN, 2, 3, 1, 100);
        List<String> bigrams = lists.get(0).words().stream().map(WordFrequency::form).toList();
        // docA: 4 bigrams in "petani menanam padi di sawah", 2 in "petani menjual padi"; docB: 5
        assertThat(bigrams).contains("petani menanam", "harga padi").doesNotContain("sawah petani");
        // shown as written: both petani menanam and harga padi start a sentence
        assertThat(lists.get(0).words()).extracting(WordFrequency::word).contains("Petani menanam", "Harga padi",
                "menanam padi");
        assertThat(lists.get(0).words().stream().mapToLong(WordFrequency::frequency).sum()).isEqualTo(11);
        assertThat(lists.get(1).words().stream().mapToLong(WordFrequency::frequency).sum()).isEqualTo(3 + 1 + 4);
        assertThat(lists.get(1).n()).isEqualTo(3);
        List<FrequencyList> thai = corpus.analysis().ngrams(THAI, 2, 2, 2, 10);
        assertThat(thai.get(0).words()).extracting(WordFrequency::word)
                .contains("ข้าวเหนียว มะม่วง", "หอม มะลิ", "ข้าว หอม");
    }

    @Test
    void collocationsMatchTheHandComputation() {
        CollocationResult result = corpus.analysis().collocations(INDONESIAN, "padi", 2, 2, AssociationMeasure.LOGDICE,
                1, 50);
        assertThat(result.nodeFrequency()).isEqualTo(3);
        assertThat(result.tokens()).isEqualTo(14);
        // docA windows: positions 0,1,3,4 and 5,6 (padi at 2 and 7); docB: 0,2,3 (padi at 1)
        assertThat(result.windowTokens()).isEqualTo(9);
        Collocate petani = result.collocates().get(0);
        assertThat(petani.form()).isEqualTo("petani");
        assertThat(petani.word()).isEqualTo("Petani");
        assertThat(petani.cooccurrences()).isEqualTo(2);
        assertThat(petani.frequency()).isEqualTo(3);
        assertThat(petani.expected()).isCloseTo(27 / 14.0, within(1e-9));
        assertThat(petani.logDice()).isCloseTo(13.415037, within(1e-6));
        assertThat(petani.mi()).isCloseTo(0.052467, within(1e-6));
        assertThat(petani.mi3()).isCloseTo(2.052467, within(1e-6));
        assertThat(petani.tScore()).isCloseTo(0.050508, within(1e-6));
        assertThat(petani.logLikelihood()).isCloseTo(0.009500, within(1e-6));
        assertThat(result.collocates()).extracting(Collocate::word).doesNotContain("padi", "senang");
        assertThat(result.collocates()).hasSize(8);
    }

    @Test
    void collocationWindowsCanBeOneSidedAndMinimumsApply() {
        CollocationResult left = corpus.analysis().collocations(INDONESIAN, "Padi", 1, 0, AssociationMeasure.MI, 1, 50);
        assertThat(left.windowTokens()).isEqualTo(3); // menanam, menjual, harga
        assertThat(left.collocates()).extracting(Collocate::word)
                .containsExactlyInAnyOrder("menanam", "menjual", "Harga");
        assertThat(corpus.analysis().collocations(INDONESIAN, "padi", 2, 2, AssociationMeasure.LL, 2, 50)
                .collocates()).extracting(Collocate::form).containsExactly("petani");
        assertThatThrownBy(() -> corpus.analysis().collocations(INDONESIAN, "padi", 0, 0, AssociationMeasure.MI, 1,
                5)).hasMessageContaining("window");
        CollocationResult absent = corpus.analysis().collocations(INDONESIAN, "jagung", 2, 2,
                AssociationMeasure.LOGDICE, 1, 5);
        assertThat(absent.nodeFrequency()).isZero();
        assertThat(absent.collocates()).isEmpty();
    }

    @Test
    void thaiCollocatesAreThaiWords() {
        CollocationResult rice = corpus.analysis().collocations(THAI, "ข้าว", 1, 1, AssociationMeasure.LOGDICE, 2, 5);
        assertThat(rice.nodeFrequency()).isEqualTo(3);
        assertThat(rice.collocates()).extracting(Collocate::word).containsExactly("หอม"); // twice right of ข้าว
        assertThat(corpus.analysis().collocations(THAI, "ข้าวเหนียว", 1, 1, AssociationMeasure.LOGDICE, 2, 5)
                .collocates()).extracting(Collocate::word).containsExactly("มะม่วง");
        // a node the segmenter cuts in two is looked for as those two words
        assertThat(corpus.analysis().collocations(THAI, "หอมมะลิ", 1, 1, AssociationMeasure.LOGDICE, 1, 5)
                .nodeFrequency()).isEqualTo(2);
    }

    @Test
    void keynessMatchesTheHandComputation() {
        KeynessResult result = corpus.analysis().keyness(INDONESIAN, "source:*docA.txt", "source:*docB.txt",
                KeynessCalculator.Measure.LL, 1, 1, 50);
        assertThat(result.focusTokens()).isEqualTo(8);
        assertThat(result.referenceTokens()).isEqualTo(6);
        Keyword sawah = find(result.positive(), "sawah");
        // a = 1, b = 0: E1 = 8/14; G² = 2 · ln(14/8); simple maths = (125000 + 1) / (0 + 1)
        assertThat(sawah.logLikelihood()).isCloseTo(1.119232, within(1e-6));
        assertThat(sawah.simpleMaths()).isCloseTo(125001, within(1e-6));
        Keyword petani = find(result.positive(), "petani");
        // a = 2, b = 1: 250000 vs 166666.7 per million
        assertThat(petani.logLikelihood()).isCloseTo(0.113974, within(1e-6));
        assertThat(petani.simpleMaths()).isCloseTo(250001 / (1e6 / 6 + 1), within(1e-9));
        Keyword harga = find(result.negative(), "harga");
        assertThat(harga.logLikelihood()).isCloseTo(-1.694596, within(1e-6));
        assertThat(harga.simpleMaths()).isCloseTo(1 / (1e6 / 6 + 1), within(1e-12));
        // by log-likelihood the negative list starts with the strongest: the words only docB has
        assertThat(result.negative().get(0).logLikelihood()).isCloseTo(-1.694596, within(1e-6));
    }

    @Test
    void keynessAgainstTheRestAndSmoothing() {
        KeynessResult rest = corpus.analysis().keyness(INDONESIAN, "source:*docA.txt", null,
                KeynessCalculator.Measure.SIMPLE, 100, 2, 50);
        assertThat(rest.referenceTokens()).isEqualTo(6);
        assertThat(rest.positive()).extracting(Keyword::form).containsExactly("padi", "petani");
        assertThat(rest.positive()).extracting(Keyword::word).containsExactly("padi", "Petani");
        assertThat(rest.positive().get(0).simpleMaths()).isCloseTo((250000 + 100) / (1e6 / 6 + 100), within(1e-9));
        assertThatThrownBy(() -> corpus.analysis().keyness(INDONESIAN, "source:*docA.txt", null,
                KeynessCalculator.Measure.SIMPLE, 0, 1, 5)).hasMessageContaining("smoothing");
        KeynessResult empty = corpus.analysis().keyness(INDONESIAN, "tags:none", null,
                KeynessCalculator.Measure.LL, 1, 1, 5);
        assertThat(empty.focusTokens()).isZero();
        assertThat(empty.positive()).isEmpty();
    }

    @Test
    void dispersionMatchesTheHandComputation() {
        DispersionResult result = corpus.analysis().dispersion(INDONESIAN, List.of("petani", "sawah", "jagung"), null);
        assertThat(result.parts()).isEqualTo(2);
        assertThat(result.tokens()).isEqualTo(14);
        Dispersion petani = result.words().get(0);
        // sizes 8/14 and 6/14, occurrences 2/3 and 1/3: DP = ½ (0.095238 + 0.095238); DP norm = DP / (1 − 6/14)
        assertThat(petani.range()).isEqualTo(2);
        assertThat(petani.dp()).isCloseTo(0.095238, within(1e-6));
        assertThat(petani.dpNorm()).isCloseTo(0.166667, within(1e-6));
        Dispersion sawah = result.words().get(1);
        assertThat(sawah.range()).isEqualTo(1);
        assertThat(sawah.rangeShare()).isEqualTo(0.5);
        assertThat(sawah.dp()).isCloseTo(0.428571, within(1e-6));
        assertThat(sawah.dpNorm()).isCloseTo(0.75, within(1e-6));
        Dispersion jagung = result.words().get(2);
        assertThat(jagung.frequency()).isZero();
        assertThat(jagung.dp()).isNull();
    }

    @Test
    void dispersionOverSourcesAndLanguages() {
        DispersionResult byLang = corpus.analysis().dispersion(Selection.ALL, List.of("ข้าว"), "lang");
        assertThat(byLang.parts()).isEqualTo(6);
        assertThat(byLang.words().get(0).range()).isEqualTo(1);
        assertThatThrownBy(() -> corpus.analysis().dispersion(THAI, List.of("ข้าว"), "tags"))
                .hasMessageContaining("cannot make parts of 'tags'");
        assertThatThrownBy(() -> corpus.analysis().dispersion(THAI, List.of(), null))
                .hasMessageContaining("no word");
    }

    @Test
    void anEmptySubcorpusHasNoWords() {
        Selection none = Selection.of(null, null, List.of("tags:none"));
        assertThat(corpus.analysis().frequencies(none, 1, 10).tokens()).isZero();
        assertThat(corpus.analysis().ngrams(none, 2, 2, 1, 10).get(0).words()).isEmpty();
        assertThat(corpus.analysis().dispersion(none, List.of("padi"), null).parts()).isZero();
        assertThat(corpus.analysis().collocations(none, "padi", 2, 2, AssociationMeasure.LOGDICE, 1, 10)
                .collocates()).isEmpty();
    }

    private static Keyword find(List<Keyword> keywords, String word) {
        return keywords.stream().filter(k -> k.form().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError(word + " not in " + keywords));
    }
}
