package org.seacorpus.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.corpus.RewriteReport;
import org.seacorpus.document.Status;
import org.seacorpus.index.Fields;
import org.seacorpus.search.SearchRequest;

/** Dedupe runs on a real corpus: dry runs, undo, incremental runs, keep policies, rejected documents. */
class DedupeRunTest {
    @TempDir
    Path tmp;

    private Corpus corpus;

    private Corpus corpus() throws IOException {
        if (corpus == null) {
            corpus = Corpus.create(tmp.resolve("corpus"), "t");
        }
        return corpus;
    }

    private void importDocs(String dir, List<PlantedCorpus.Doc> docs) throws IOException {
        Path in = PlantedFixtures.write(tmp.resolve(dir), docs);
        corpus().importFrom(ImportOptions.of(List.of(in)).withForcedLang(docs.get(0).lang()), null);
    }

    private static List<PlantedCorpus.Doc> family(String lang, String family) {
        return PlantedCorpus.build(lang).stream().filter(d -> d.family().equals(lang + "-" + family)).toList();
    }

    @Test
    void anEmptyCorpusDedupesToNothing() throws IOException {
        DedupeReport report = corpus().dedupe(DedupeOptions.DEFAULTS, null);
        assertThat(report.documents()).isZero();
        assertThat(report.clusters()).isZero();
        assertThat(report.changed()).isZero();
        assertThat(report.boilerplate().lines()).isZero();
        assertThat(corpus().undoDuplicates(false, null).changed()).isZero();
    }

    @Test
    void aDryRunReportsButChangesNothing() throws IOException {
        importDocs("th", PlantedCorpus.build("th"));
        List<String> changedIds = new ArrayList<>();
        DedupeReport dry = corpus().dedupe(DedupeOptions.DEFAULTS.withDryRun(true),
                (doc, before, after) -> changedIds.add(doc.id()));

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.duplicates()).isEqualTo(18);
        assertThat(dry.changed()).isEqualTo(21); // 18 duplicates and 3 kept members get marks
        assertThat(changedIds).hasSize(21);
        CorpusMarks marks = CorpusMarks.read(corpus());
        assertThat(marks.count("ok")).isEqualTo(23);
        assertThat(marks.byName().values()).allSatisfy(m -> assertThat(m.cluster()).isNull());
        assertThat(Files.exists(corpus().home().dir().resolve(DedupeState.FILE))).isFalse();
        try (var runs = Files.list(corpus().home().runsDir())) {
            assertThat(runs.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith("-dedupe.json"));
        }
    }

    @Test
    void undoRestoresEveryDuplicateAndKeepsRejections() throws IOException {
        importDocs("km", PlantedCorpus.build("km"));
        corpus().rewrite("reject", new TermQuery(new Term(Fields.SOURCE,
                "km/km-b-drop.txt")),
                d -> d.withStatus(Status.REJECTED), false, null);
        DedupeReport report = corpus().dedupe(DedupeOptions.DEFAULTS, null);
        assertThat(report.changed()).isEqualTo(21);
        assertThat(corpus().search(new SearchRequest("កសិករ", "km", List.of("status:duplicate"), 50)).total())
                .isPositive();
        CorpusMarks marked = CorpusMarks.read(corpus());
        assertThat(marked.get("km-b-drop").status()).isEqualTo("rejected");
        assertThat(marked.get("km-b-drop").cluster()).isEqualTo(marked.get("km-b-base").cluster());

        RewriteReport undo = corpus().undoDuplicates(false, null);
        assertThat(undo.changed()).isEqualTo(21);
        CorpusMarks after = CorpusMarks.read(corpus());
        assertThat(after.count("duplicate")).isZero();
        assertThat(after.count("ok")).isEqualTo(22);
        assertThat(after.get("km-b-drop").status()).isEqualTo("rejected");
        assertThat(after.byName().values()).allSatisfy(m -> {
            assertThat(m.cluster()).isNull();
            assertThat(m.duplicateOf()).isNull();
        });
        assertThat(Files.exists(corpus().home().dir().resolve(DedupeState.FILE))).isFalse();
        assertThat(corpus().dedupe(DedupeOptions.DEFAULTS, null).mode()).isEqualTo("full");
    }

    @Test
    void aRejectedDocumentIsNeverKeptInPlaceOfAnOkOne() throws IOException {
        importDocs("lo", family("lo", "a"));
        String base = "lo/lo-a-base.txt"; // the source name: the folder imported and the file in it
        corpus().rewrite("reject", new TermQuery(new Term(Fields.SOURCE, base)), d -> d.withStatus(Status.REJECTED),
                false, null);
        corpus().dedupe(DedupeOptions.DEFAULTS, null);
        CorpusMarks marks = CorpusMarks.read(corpus());
        assertThat(marks.get("lo-a-base").status()).isEqualTo("rejected");
        assertThat(marks.count("ok")).isEqualTo(1);
        String kept = marks.byName().values().stream().filter(m -> m.status().equals("ok")).findFirst().orElseThrow()
                .id();
        assertThat(marks.get("lo-a-base").duplicateOf()).isEqualTo(kept);
    }

    @Test
    void anIncrementalRunComparesOnlyNewDocumentsAndJoinsOldClusters() throws IOException {
        List<PlantedCorpus.Doc> a = family("vi", "a");
        importDocs("first", List.of(a.get(0), a.get(1), a.get(3)));        // base, copy, drop
        DedupeReport first = corpus().dedupe(DedupeOptions.DEFAULTS, null);
        assertThat(first.mode()).isEqualTo("full");
        assertThat(first.compared()).isEqualTo(3);
        assertThat(first.exact().groups()).isEqualTo(1);

        importDocs("second", List.of(a.get(4), a.get(5)));                // replace, move
        importDocs("third", family("vi", "b"));
        DedupeReport second = corpus().dedupe(DedupeOptions.DEFAULTS, null);
        assertThat(second.mode()).isEqualTo("incremental");
        assertThat(second.documents()).isEqualTo(12);
        assertThat(second.compared()).isEqualTo(9);
        // the old exact group (base + copy of a) was not examined again; b's was
        assertThat(second.exact().groups()).isEqualTo(1);
        CorpusMarks marks = CorpusMarks.read(corpus());
        String clusterA = marks.get("vi-a-base").cluster();
        for (String name : List.of("vi-a-copy", "vi-a-drop", "vi-a-replace", "vi-a-move")) {
            assertThat(marks.get(name).cluster()).as(name).isEqualTo(clusterA);
        }
        assertThat(marks.get("vi-b-base").cluster()).isNotNull().isNotEqualTo(clusterA);
        assertThat(second.clusters()).isEqualTo(2);
        assertThat(second.duplicates()).isEqualTo(4 + 6);

        DedupeReport third = corpus().dedupe(DedupeOptions.DEFAULTS, null);
        assertThat(third.compared()).isZero();
        assertThat(third.changed()).isZero();
        assertThat(third.duplicates()).isEqualTo(10);

        DedupeReport otherOptions = corpus().dedupe(DedupeOptions.DEFAULTS.withThreshold(0.8), null);
        assertThat(otherOptions.mode()).isEqualTo("full");
        assertThat(otherOptions.modeReason()).contains("options differ");
    }

    @Test
    void keepPoliciesChooseTheFirstOrTheLongestMember() throws IOException {
        List<String> s = PlantedCorpus.sentences("id");
        PlantedCorpus.Doc shorter = new PlantedCorpus.Doc("short", "id", "f", "base",
                PlantedCorpus.join(s.subList(0, 8)));
        PlantedCorpus.Doc longer = new PlantedCorpus.Doc("long", "id", "f", "near",
                PlantedCorpus.join(s.subList(0, 9)));
        importDocs("one", List.of(shorter));
        importDocs("two", List.of(longer));

        corpus().dedupe(DedupeOptions.DEFAULTS, null);
        CorpusMarks first = CorpusMarks.read(corpus());
        assertThat(first.get("short").status()).isEqualTo("ok");
        assertThat(first.get("long").duplicateOf()).isEqualTo(first.get("short").id());

        DedupeReport longest = corpus().dedupe(DedupeOptions.DEFAULTS.withKeep(KeepPolicy.LONGEST), null);
        assertThat(longest.changed()).isEqualTo(2);
        CorpusMarks after = CorpusMarks.read(corpus());
        assertThat(after.get("long").status()).isEqualTo("ok");
        assertThat(after.get("long").duplicateOf()).isNull();
        assertThat(after.get("short").status()).isEqualTo("duplicate");
        assertThat(after.get("short").duplicateOf()).isEqualTo(after.get("long").id());
        assertThat(after.get("short").cluster()).isEqualTo(after.get("long").cluster()).startsWith("near-");
    }

    @Test
    void exactOnlyLeavesNearDuplicatesAloneAndAClusterCanBeShown() throws IOException {
        importDocs("my", family("my", "c"));
        DedupeReport report = corpus().dedupe(DedupeOptions.DEFAULTS.withKinds(true, false, false), null);
        assertThat(report.duplicates()).isEqualTo(2);
        assertThat(report.near()).isEqualTo(DedupeReport.Linking.NONE);
        assertThat(report.boilerplate()).isNull();
        CorpusMarks marks = CorpusMarks.read(corpus());
        String cluster = marks.get("my-c-base").cluster();
        assertThat(cluster).startsWith("exact-");
        assertThat(marks.get("my-c-spacing").cluster()).isEqualTo(cluster);
        assertThat(marks.get("my-c-drop").cluster()).isNull();

        ClusterView view = corpus().cluster(cluster).orElseThrow();
        assertThat(view.members()).hasSize(3);
        assertThat(view.kept().duplicateOf()).isNull();
        assertThat(view.members()).allSatisfy(m -> {
            assertThat(m.similarity()).isEqualTo(1.0);
            assertThat(m.jaccard()).isEqualTo(1.0);
        });
        assertThat(corpus().cluster("near-0000000000000000")).isEmpty();
    }

    @Test
    void settingsChooseTheShingleSchemePerLanguage() throws IOException {
        Corpus chars = PlantedFixtures.corpusWithSettings(tmp.resolve("chars"),
                Map.of("dedupe.shingles", "words:5", "dedupe.shingles.km", "chars:5"));
        Path in = PlantedFixtures.write(tmp.resolve("km-in"), family("km", "a"));
        chars.importFrom(ImportOptions.of(List.of(in)).withForcedLang("km"), null);
        DedupeReport report = chars.dedupe(DedupeOptions.DEFAULTS, null);
        assertThat(report.schemes()).containsOnlyKeys("c5-s140x8-b28r5");
        assertThat(report.duplicates()).isEqualTo(6);
    }

    @Test
    void aCorpusSignedWithClassicMinHashKeepsItForNewDocuments() throws IOException {
        Path home = tmp.resolve("classic");
        Corpus classic = PlantedFixtures.corpusWithSettings(home, Map.of("dedupe.minhash", "classic"));
        List<PlantedCorpus.Doc> family = family("lo", "a");
        classic.importFrom(ImportOptions.of(List.of(PlantedFixtures.write(tmp.resolve("lo-1"),
                family.subList(0, 4)))).withForcedLang("lo"), null);
        // the setting is removed: the documents already stored decide, so old and new stay comparable
        Corpus reopened = PlantedFixtures.corpusSettingsReplaced(home, Map.of());
        reopened.importFrom(ImportOptions.of(List.of(PlantedFixtures.write(tmp.resolve("lo-2"),
                family.subList(4, family.size())))).withForcedLang("lo"), null);
        DedupeReport report = reopened.dedupe(DedupeOptions.DEFAULTS, null);
        assertThat(report.schemes()).containsOnlyKeys("w5-m256x8-b28r5");
        assertThat(report.clusters()).isOne();
        assertThat(report.duplicates()).isEqualTo(family.size() - 1);
    }
}
