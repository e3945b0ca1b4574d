package org.seacorpus.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.document.Marks;
import org.seacorpus.index.Fields;
import org.seacorpus.index.StoredDocuments;
import org.seacorpus.testing.SampleCorpora;

/**
 * The default signature has the 140 components its 28 bands × 5 rows use ({@code w5-s140x8-b28r5}) instead of the
 * 256 of the scheme before ({@code w5-s256x8-b28r5}): the same documents deduplicated under both schemes get the
 * same clusters, the same kept member and the same marks, on the planted near-duplicates of six scripts and on the
 * sample data; and a corpus signed with 256 components keeps them for the documents it imports later.
 */
class SignatureComponentsTest {
    @TempDir
    Path tmp;

    @Test
    void plantedDuplicatesGetTheSameMarksWith140And256Components() throws IOException {
        Corpus now = PlantedFixtures.corpusWithSettings(tmp.resolve("c140"), Map.of());
        Corpus before = PlantedFixtures.corpusWithSettings(tmp.resolve("c256"), Map.of("dedupe.components", 256));
        for (String lang : PlantedCorpus.LANGUAGES) {
            Path dir = PlantedFixtures.write(tmp.resolve("in").resolve(lang), PlantedCorpus.build(lang));
            for (Corpus c : List.of(now, before)) {
                c.importFrom(ImportOptions.of(List.of(dir)).withForcedLang(lang), null);
            }
        }
        DedupeReport a = now.dedupe(DedupeOptions.DEFAULTS, null);
        DedupeReport b = before.dedupe(DedupeOptions.DEFAULTS, null);
        assertThat(a.schemes()).containsOnlyKeys("w5-s140x8-b28r5");
        assertThat(b.schemes()).containsOnlyKeys("w5-s256x8-b28r5");
        assertThat(a.parameters().components()).isEqualTo(140);
        assertThat(a.clusters()).isEqualTo(b.clusters()).isEqualTo(6L * 3);
        assertThat(a.duplicates()).isEqualTo(b.duplicates()).isEqualTo(6L * 18);
        int documents = PlantedCorpus.LANGUAGES.stream().mapToInt(lang -> PlantedCorpus.build(lang).size()).sum();
        assertThat(marksById(now)).isEqualTo(marksById(before)).hasSize(documents);
    }

    @Test
    void theSampleDataGetsTheSameClustersWith140And256Components() throws IOException {
        Corpus now = Corpus.create(tmp.resolve("s140"), "s140");
        Corpus before = PlantedFixtures.corpusWithSettings(tmp.resolve("s256"), Map.of("dedupe.components", "256"));
        for (Corpus c : List.of(now, before)) {
            c.importFrom(ImportOptions.of(List.of(SampleCorpora.SAMPLE_DATA)).withGlobs(List.of(),
                    List.of("qa.csv", "tools/**", "bad/**")), null);
        }
        DedupeReport a = now.dedupe(DedupeOptions.DEFAULTS, null);
        DedupeReport b = before.dedupe(DedupeOptions.DEFAULTS, null);
        assertThat(a.clusters()).isEqualTo(b.clusters()).isPositive();
        assertThat(a.near().linkedPairs()).isPositive();
        Map<String, String> marks = marksById(now);
        assertThat(marks).isEqualTo(marksById(before));
        assertThat(marks.values()).anyMatch(m -> m.startsWith("duplicate near-"));
    }

    @Test
    void aCorpusSignedWith256ComponentsKeepsThemForNewDocumentsAndSaysWhenSchemesAreMixed() throws IOException {
        Path home = tmp.resolve("old");
        Corpus old = PlantedFixtures.corpusWithSettings(home, Map.of("dedupe.components", 256));
        List<PlantedCorpus.Doc> km = PlantedCorpus.build("km");
        List<PlantedCorpus.Doc> first = km.subList(0, km.size() / 2);
        List<PlantedCorpus.Doc> second = km.subList(km.size() / 2, km.size());
        old.importFrom(ImportOptions.of(List.of(PlantedFixtures.write(tmp.resolve("km-1"), first)))
                .withForcedLang("km"), null);
        // the setting is removed: the documents already stored decide, so old and new stay comparable
        Corpus reopened = PlantedFixtures.corpusSettingsReplaced(home, Map.of());
        assertThat(reopened.dedupeSettings().defaults()).isEqualTo(SignatureScheme.SUPERMINHASH_256);
        reopened.importFrom(ImportOptions.of(List.of(PlantedFixtures.write(tmp.resolve("km-2"), second)))
                .withForcedLang("km"), null);
        DedupeReport report = reopened.dedupe(DedupeOptions.DEFAULTS, null);
        assertThat(report.schemes()).containsOnlyKeys("w5-s256x8-b28r5");
        assertThat(report.mixedSchemes()).isEmpty();
        assertThat(report.clusters()).isEqualTo(3);
        assertThat(report.duplicates()).isEqualTo(18);

        // asked for 140 components, new documents get them, and the report says the two are never compared
        Corpus moved = PlantedFixtures.corpusSettingsReplaced(home, Map.of("dedupe.components", 140));
        List<PlantedCorpus.Doc> lo = PlantedCorpus.build("lo");
        moved.importFrom(ImportOptions.of(List.of(PlantedFixtures.write(tmp.resolve("lo"), lo)))
                .withForcedLang("lo"), null);
        DedupeReport mixed = moved.dedupe(DedupeOptions.DEFAULTS, null);
        assertThat(mixed.schemes()).containsOnlyKeys("w5-s256x8-b28r5", "w5-s140x8-b28r5");
        assertThat(mixed.clusters()).isEqualTo(6);
        assertThat(mixed.mixedSchemes()).hasValueSatisfying(message -> assertThat(message)
                .contains("w5-s256x8-b28r5 (" + km.size() + " documents)")
                .contains("w5-s140x8-b28r5 (" + lo.size() + " documents)")
                .contains("never compared").contains("dedupe.components"));
    }

    /** Each live document's dedupe marks (status, cluster, kept member, cluster size), by id. */
    private static Map<String, String> marksById(Corpus corpus) {
        Map<String, String> out = new TreeMap<>();
        try (var dir = FSDirectory.open(corpus.home().indexDir()); var reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            var stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Marks marks = StoredDocuments.marks(reader, doc);
                    var dup = marks.duplicate();
                    out.put(stored.document(doc).get(Fields.ID), marks.status().value()
                            + (dup == null ? "" : " " + dup.cluster() + " " + dup.duplicateOf() + " " + dup.clusterSize()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
