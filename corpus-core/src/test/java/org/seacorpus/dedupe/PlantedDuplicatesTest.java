package org.seacorpus.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;

/**
 * Near-duplicates planted in Thai, Lao, Khmer, Burmese, Vietnamese and Indonesian are found with pairwise
 * F1 ≥ 0.95 in every script, and hard negatives (a third of their sentences from each base) are never merged,
 * with word shingles from each language's segmenter and with character shingles.
 */
class PlantedDuplicatesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"words:5", "chars:5"})
    void everyScriptReachesF1AndHardNegativesStayApart(String shingles) throws IOException {
        Corpus corpus = PlantedFixtures.corpusWithSettings(tmp.resolve("c"), Map.of("dedupe.shingles", shingles));
        for (String lang : PlantedCorpus.LANGUAGES) {
            Path dir = PlantedFixtures.write(tmp.resolve("in").resolve(lang), PlantedCorpus.build(lang));
            corpus.importFrom(ImportOptions.of(List.of(dir)).withForcedLang(lang), null);
        }

        DedupeReport report = corpus.dedupe(DedupeOptions.DEFAULTS, null);
        CorpusMarks marks = CorpusMarks.read(corpus);

        for (String lang : PlantedCorpus.LANGUAGES) {
            List<PlantedCorpus.Doc> docs = PlantedCorpus.build(lang);
            PairScore score = PairScore.of(docs, marks);
            assertThat(score.f1()).as("%s F1 with %s (%s)", lang, shingles, score).isGreaterThanOrEqualTo(0.95);
            for (PlantedCorpus.Doc doc : docs) {
                if (doc.kind().equals("negative")) {
                    assertThat(marks.get(doc.name()).cluster()).as(doc.name()).isNull();
                    assertThat(marks.get(doc.name()).status()).isEqualTo("ok");
                }
            }
            // each family keeps exactly one member
            for (String family : List.of("a", "b", "c")) {
                long kept = docs.stream().filter(d -> d.family().equals(lang + "-" + family))
                        .filter(d -> marks.get(d.name()).status().equals("ok")).count();
                assertThat(kept).as(lang + "-" + family).isEqualTo(1);
            }
            assertThat(report.byLanguage().get(lang).exact()).as(lang + " exact").isEqualTo(6);
            assertThat(report.byLanguage().get(lang).near()).as(lang + " near").isEqualTo(12);
        }
        assertThat(report.duplicates()).isEqualTo(6L * 18);
        assertThat(report.clusters()).isEqualTo(6L * 3);
    }
}
