package org.seacorpus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.testing.LinguistFixture;

/** Concordances on a corpus in six languages: hits, contexts cut at words, sorting, phrases and patterns. */
class ConcordancerTest {
    @TempDir
    static Path tmp;
    static Corpus corpus;

    @BeforeAll
    static void build() throws Exception {
        corpus = LinguistFixture.shared();
    }

    private static KwicResult kwic(String query, String lang, int context, boolean columns, String sort) {
        return corpus.analysis().concordance(new KwicRequest(new SearchRequest(query, lang, List.of(), 10), context,
                columns, sort, 50, 0));
    }

    @Test
    void everyThaiHitIsALineWithWholeWordsAround() {
        KwicResult result = kwic("ข้าว", "th", 2, false, "doc");
        // ข้าวเหนียว is one word in the Thai word list; its ข้าว is still found through the bigram sub-field
        assertThat(result.hits()).isEqualTo(5);
        assertThat(result.lines()).hasSize(5).allSatisfy(line -> {
            assertThat(line.hit()).isEqualTo("ข้าว");
            assertThat(line.lang()).isEqualTo("th");
            assertThat(line.leftWords().size()).isLessThanOrEqualTo(2);
        });
        KwicLine first = result.lines().get(0);
        assertThat(first.left()).isEqualTo("ภาคอีสานปลูก");
        assertThat(first.right()).isEqualTo("หอมมะลิ");
        assertThat(first.rightWords()).containsExactly("หอม", "มะลิ");
    }

    @Test
    void sortingByTheRightContextFollowsThaiOrder() {
        List<String> firstRight = kwic("ข้าว", "th", 3, false, "1R").lines().stream()
                .map(l -> l.wordAt(1, false)).toList();
        assertThat(firstRight).containsExactly("หอม", "หอม", "เหนียว", "เหนียว", "ใหม่");
        List<String> firstLeft = kwic("ข้าว", "th", 3, false, "1L").lines().stream()
                .map(l -> l.wordAt(1, true)).toList();
        assertThat(firstLeft).containsExactly("กิน", "ขาย", "ปลูก", "มะลิ", "ราคา");
    }

    @Test
    void aPhraseIsOneHitAndUnspacedThaiIsSearchedAsAPhrase() {
        KwicResult unspaced = kwic("ข้าวเหนียว", "th", 2, false, null);
        assertThat(unspaced.hits()).isEqualTo(2);
        assertThat(unspaced.lines()).extracting(KwicLine::hit).containsOnly("ข้าวเหนียว");
    }

    @Test
    void burmeseKhmerAndLaoHitsCarryTheirMarks() {
        KwicResult burmese = kwic("ဆန်", "my", 2, false, null);
        assertThat(burmese.hits()).isEqualTo(2);
        assertThat(burmese.lines().get(0).left()).isEqualTo("ဈေးတွင် ");
        KwicResult khmer = kwic("អង្ករ", "km", 2, false, null);
        assertThat(khmer.hits()).isEqualTo(2);
        assertThat(khmer.lines().get(0).right()).isEqualTo("នៅផ្សារ");
        KwicResult lao = kwic("ໜຽວ", "lo", 1, false, null);
        assertThat(lao.hits()).isEqualTo(2);
        assertThat(lao.lines()).extracting(KwicLine::left).containsOnly("ເຂົ້າ");
    }

    @Test
    void wildcardsRegularExpressionsProximityAndFoldedCase() {
        assertThat(kwic("pad*", "id", 2, false, null).hits()).isEqualTo(3);
        assertThat(kwic("/pe.*i/", "id", 2, false, null).hits()).isEqualTo(3); // petani
        assertThat(kwic("PETANI", "id", 2, false, null).hits()).isEqualTo(3);
        KwicResult near = kwic("\"petani padi\"~2", "id", 2, false, null);
        assertThat(near.documents()).isEqualTo(1);
        assertThat(near.lines()).extracting(KwicLine::hit)
                .containsExactly("Petani menanam padi", "Petani menjual padi");
        assertThat(kwic("nông", "vi", 2, false, null).hits()).isEqualTo(2);
    }

    @Test
    void everyLanguageIsSearchedWithoutLangAndFiltersNarrow() {
        KwicResult all = corpus.analysis().concordance(new KwicRequest(
                new SearchRequest("ข้าว OR ဆန် OR padi", null, List.of(), 10), 2, false, null, 50, 0));
        assertThat(all.lines()).extracting(KwicLine::lang).containsOnly("th", "my", "id");
        KwicResult filtered = corpus.analysis().concordance(new KwicRequest(
                new SearchRequest("ข้าว OR ဆန် OR padi", null, List.of("lang:my|id"), 10), 2, false, null, 50, 0));
        assertThat(filtered.hits()).isEqualTo(5);
        assertThat(filtered.lines()).extracting(KwicLine::lang).containsOnly("my", "id");
    }

    @Test
    void contextInColumnsFitsTheColumns() {
        KwicResult result = kwic("ข้าว", "th", 10, true, "hit");
        assertThat(result.lines()).allSatisfy(line -> {
            assertThat(DisplayWidth.of(line.left())).isLessThanOrEqualTo(10);
            assertThat(DisplayWidth.of(line.right())).isLessThanOrEqualTo(10);
        });
    }

    @Test
    void limitsKeepTheTotalsExactAndSayWhenASortWasCut() {
        KwicResult limited = corpus.analysis().concordance(new KwicRequest(
                new SearchRequest("ข้าว", "th", List.of(), 10), 2, false, null, 2, 0));
        assertThat(limited.lines()).hasSize(2);
        assertThat(limited.hits()).isEqualTo(5);
        assertThat(limited.truncated()).isFalse();
        KwicResult cut = corpus.analysis().concordance(new KwicRequest(
                new SearchRequest("ข้าว", "th", List.of(), 10), 2, false, "1R", 1, 3));
        assertThat(cut.truncated()).isTrue();
        assertThat(cut.lines()).hasSize(1);
    }

    @Test
    void noHitNoLineAndAnEmptyCorpusHasNone() {
        assertThat(kwic("มังคุด", "th", 3, false, "1R").lines()).isEmpty();
        Corpus empty = Corpus.create(tmp.resolve("empty"), "empty");
        KwicResult none = empty.analysis().concordance(new KwicRequest(
                new SearchRequest("ข้าว", null, List.of(), 10), 3, false, null, 10, 0));
        assertThat(none.documents()).isZero();
        assertThat(none.lines()).isEmpty();
    }
}
