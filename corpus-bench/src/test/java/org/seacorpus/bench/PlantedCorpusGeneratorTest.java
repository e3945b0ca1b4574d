package org.seacorpus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seacorpus.dedupe.ShingleScheme;
import org.seacorpus.dedupe.Shingler;
import org.seacorpus.dedupe.TextKeys;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.Segmenters;

/** The generator is deterministic and plants what its ground truth says. */
class PlantedCorpusGeneratorTest {
    private static final Path SAMPLE_DATA = Path.of("..", "sample-data").toAbsolutePath().normalize();
    private static Segmenters segmenters;
    private static SentencePool pool;

    @BeforeAll
    static void load() {
        segmenters = new Segmenters(LanguageProfiles.builtIn());
        pool = SentencePool.load(SAMPLE_DATA, segmenters);
    }

    private static List<GeneratedDoc> generate(long docs, long seed) {
        var generator = new PlantedCorpusGenerator(pool, segmenters, GeneratorOptions.of(docs, seed));
        return StreamSupport.stream(generator.spliterator(), false).toList();
    }

    @Test
    void thePoolHasEverySampleLanguage() {
        assertThat(pool.languages()).containsKeys("th", "lo", "km", "my", "shn", "vi", "id", "ms", "fil", "jv", "su",
                "ceb", "tet", "zh", "ta", "en");
        pool.languages().values().forEach(l -> assertThat(l.sentences()).hasSizeGreaterThan(30));
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        assertThat(generate(300, 7)).isEqualTo(generate(300, 7)).isNotEqualTo(generate(300, 8));
        assertThat(generate(0, 7)).isEmpty();
        List<GeneratedDoc> docs = generate(300, 7);
        assertThat(docs).hasSize(300);
        for (int i = 0; i < docs.size(); i++) {
            assertThat(docs.get(i).id()).isEqualTo(PlantedCorpusGenerator.id(i));
        }
    }

    @Test
    void copiesAreWhatTheirKindSays() {
        List<GeneratedDoc> docs = generate(2000, 11);
        Map<String, GeneratedDoc> byId = new HashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        Shingler shingler = new Shingler(ShingleScheme.WORDS_5);
        Map<String, List<Double>> jaccard = new HashMap<>();
        for (GeneratedDoc doc : docs) {
            GeneratedDoc base = byId.get(doc.base());
            if (base == null) {
                continue; // the base of a family cut by the document count
            }
            assertThat(doc.lang()).isEqualTo(base.lang());
            switch (doc.kind()) {
                case "base" -> assertThat(doc.base()).isEqualTo(doc.id());
                case "copy" -> assertThat(doc.text()).isEqualTo(base.text());
                case "reformat" -> {
                    assertThat(doc.text()).isNotEqualTo(base.text());
                    assertThat(TextKeys.looseHash(doc.text())).isEqualTo(TextKeys.looseHash(base.text()));
                }
                default -> {
                    assertThat(doc.family().equals(base.family())).isEqualTo(doc.duplicate());
                    double j = Shingler.jaccard(shingler.shingles(doc.text(), segmenters.forLanguage(doc.lang())),
                            shingler.shingles(base.text(), segmenters.forLanguage(doc.lang())));
                    jaccard.computeIfAbsent(doc.kind(), k -> new ArrayList<>()).add(j);
                }
            }
        }
        assertThat(jaccard).containsKeys("drop", "replace", "move", "edit", "two-edits", "hard-negative");
        assertThat(median(jaccard.get("drop"))).isBetween(0.75, 0.95);
        assertThat(median(jaccard.get("move"))).isBetween(0.75, 0.95);
        assertThat(median(jaccard.get("replace"))).isBetween(0.7, 0.9);
        assertThat(median(jaccard.get("two-edits"))).isBetween(0.55, 0.8);
        assertThat(jaccard.get("hard-negative")).allSatisfy(j -> assertThat(j).isLessThan(0.45));
        assertThat(median(jaccard.get("hard-negative"))).isBetween(0.08, 0.3);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
