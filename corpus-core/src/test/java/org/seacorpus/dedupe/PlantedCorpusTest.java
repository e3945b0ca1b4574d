package org.seacorpus.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.Segmenters;

/**
 * The planted corpus is what it claims: exact copies have shingle Jaccard 1, near-duplicates between 0.7 and 1
 * against their base, hard negatives below 0.35 against every base (5-word shingles).
 */
class PlantedCorpusTest {
    private static final Segmenters SEGMENTERS = new Segmenters(LanguageProfiles.builtIn());

    @ParameterizedTest
    @ValueSource(strings = {"th", "lo", "km", "my", "vi", "id"})
    void similaritiesAreAsPlanted(String lang) {
        Shingler shingler = new Shingler(ShingleScheme.WORDS_5);
        List<PlantedCorpus.Doc> docs = PlantedCorpus.build(lang);
        List<PlantedCorpus.Doc> bases = docs.stream().filter(d -> d.kind().equals("base")).toList();
        assertThat(bases).hasSize(3);
        assertThat(docs).hasSize(23);
        for (PlantedCorpus.Doc doc : docs) {
            long[] own = shingler.shingles(doc.text(), SEGMENTERS.forLanguage(lang));
            assertThat(own.length).as(doc.name()).isGreaterThan(90);
            for (PlantedCorpus.Doc base : bases) {
                double j = Shingler.jaccard(own, shingler.shingles(base.text(), SEGMENTERS.forLanguage(lang)));
                boolean sameFamily = base.family().equals(doc.family());
                switch (doc.kind()) {
                    case "base", "exact" -> assertThat(j).as(doc.name()).isEqualTo(sameFamily ? 1.0 : j);
                    case "near" -> {
                        if (sameFamily) {
                            assertThat(j).as(doc.name()).isBetween(0.7, 0.99);
                        }
                    }
                    default -> assertThat(j).as(doc.name() + " vs " + base.name()).isLessThan(0.35);
                }
                if (!sameFamily) {
                    assertThat(j).as(doc.name() + " vs " + base.name()).isLessThan(0.35);
                }
            }
        }
    }
}
