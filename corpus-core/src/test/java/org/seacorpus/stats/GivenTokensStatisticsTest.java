package org.seacorpus.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.search.KwicLine;
import org.seacorpus.search.KwicRequest;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.Selection;

/**
 * A treebank's words are the words word statistics count and concordances show: the Thai CoNLL-U test file
 * writes ตลาดเช้า (morning market) as one token, where the Thai segmenter cuts the same letters of a plain text
 * file into ตลาด + เช้า. Both documents are in one corpus; each is counted with its own words.
 */
class GivenTokensStatisticsTest {
    @TempDir
    static Path root;
    static Corpus corpus;

    @BeforeAll
    static void importTreebankAndText() throws Exception {
        corpus = Corpus.create(root.resolve("corpus"), "given-tokens");
        Path treebank = root.resolve("treebank");
        Files.createDirectories(treebank);
        Files.copy(resource("/conllu/th_seacorpus-ud-test.conllu"), treebank.resolve("th.conllu"));
        corpus.importFrom(ImportOptions.of(List.of(treebank)).withThreads(1), null);
        Path texts = root.resolve("texts");
        Files.createDirectories(texts);
        Files.writeString(texts.resolve("market.txt"), "แม่ค้าขายผลไม้ที่ตลาดเช้า", StandardCharsets.UTF_8);
        corpus.importFrom(ImportOptions.of(List.of(texts)).withThreads(1), null);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(GivenTokensStatisticsTest.class.getResource(name).toURI());
    }

    @Test
    void theTreebanksWholeWordIsCountedOnceAndThePlainTextsTwoWordsOnceEach() {
        FrequencyList thai = corpus.analysis().frequencies(Selection.of(null, "th", List.of()), 1, 1000);
        assertThat(thai.words()).filteredOn(w -> w.word().equals("ตลาดเช้า")).singleElement()
                .satisfies(w -> assertThat(w.frequency()).isEqualTo(1));
        assertThat(thai.words()).filteredOn(w -> w.word().equals("ตลาด")).singleElement()
                .satisfies(w -> assertThat(w.frequency()).isEqualTo(1));
        // the treebank's other words as it cut them: กิโล + ละ, and a number token
        assertThat(thai.words()).extracting(WordFrequency::word).contains("กิโล", "ละ", "แม่ค้า", "น้ำท่วม");
        List<FrequencyList> bigrams = corpus.analysis().ngrams(Selection.of(null, "th", List.of()), 2, 2, 1, 1000);
        assertThat(bigrams.get(0).words()).extracting(WordFrequency::word).contains("ที่ ตลาดเช้า", "ที่ ตลาด",
                "ตลาด เช้า");
    }

    @Test
    void aConcordanceOfTheTreebanksWordShowsItsNeighboursAsTheTreebankCutThem() {
        List<KwicLine> lines = corpus.analysis().concordance(new KwicRequest(new SearchRequest("ผลไม้", "th",
                List.of(), 10), 2, false, "1R", 10, 0)).lines();
        assertThat(lines).hasSize(2);
        assertThat(lines).extracting(l -> String.join(" ", l.rightWords()))
                .containsExactlyInAnyOrder("ที่ ตลาด", "ที่ ตลาดเช้า");
        assertThat(lines).allSatisfy(l -> assertThat(l.leftWords()).containsExactly("แม่ค้า", "ขาย"));
    }
}
