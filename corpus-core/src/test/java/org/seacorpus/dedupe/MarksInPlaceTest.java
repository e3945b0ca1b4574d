package org.seacorpus.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.curate.CurationAction;
import org.seacorpus.curate.CurationTarget;
import org.seacorpus.document.Document;
import org.seacorpus.document.Marks;
import org.seacorpus.document.Status;
import org.seacorpus.index.StoredDocuments;
import org.seacorpus.search.CorpusStats;
import org.seacorpus.search.FacetCounter;
import org.seacorpus.search.SearchHit;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.Selection;

/**
 * Dedupe and curation change marks in place: no segment of the index is rewritten (the documents keep their
 * segments, nothing is deleted and added again), and every reader of marks (search filters, facets, statistics,
 * the selection of curation) sees exactly the marks that were written.
 */
class MarksInPlaceTest {
    @TempDir
    Path tmp;

    @Test
    void dedupeAndCurationRewriteNoSegmentAndEveryReaderSeesTheMarks() throws IOException {
        Corpus corpus = Corpus.create(tmp.resolve("corpus"), "in-place");
        for (String lang : List.of("th", "km", "lo")) {
            Path in = PlantedFixtures.write(tmp.resolve(lang), PlantedCorpus.build(lang));
            corpus.importFrom(ImportOptions.of(List.of(in)).withForcedLang(lang), null);
        }
        List<String> segments = segments(corpus);

        DedupeReport report = corpus.dedupe(DedupeOptions.DEFAULTS, null);
        assertThat(report.changed()).isEqualTo(3 * 21); // per language: 18 duplicates, 3 kept members
        var curation = corpus.curation();
        curation.apply(new CurationTarget(null, null, "km", List.of("status:duplicate"), false),
                new CurationAction.Tag(Set.of("ตรวจแล้ว", "checked"), Set.of()), false);
        curation.apply(new CurationTarget(null, null, "th", List.of("status:duplicate"), false),
                new CurationAction.Reject("ข่าวซ้ำจากสำนักอื่น", "2026-12-01T00:00:00Z"), false);
        String oneThai = search(corpus, "lang:th status:rejected").iterator().next();
        var restored = curation.apply(CurationTarget.ofIds(List.of(oneThai)), new CurationAction.Restore(), false);
        assertThat(restored.changed()).extracting(c -> c.statusAfter()).isNotEmpty().containsOnly("duplicate");
        assertThat(segments(corpus)).as("no segment rewritten: marks are doc-values updates").isEqualTo(segments);

        Map<String, Document> docs = documents(corpus);
        assertThat(docs.values()).extracting(d -> d.marks().status()).contains(Status.OK, Status.DUPLICATE,
                Status.REJECTED);
        for (Document d : docs.values()) {
            if (d.marks().duplicate() != null) {
                String cluster = d.marks().duplicate().cluster();
                long members = docs.values().stream().filter(o -> o.marks().duplicate() != null
                        && o.marks().duplicate().cluster().equals(cluster)).count();
                assertThat(d.marks().duplicate().clusterSize()).as("size of " + cluster).isEqualTo(members);
            }
        }

        // search filters select exactly the documents whose marks say so
        Document someDuplicate = docs.values().stream().filter(d -> d.marks().status() == Status.DUPLICATE)
                .findFirst().orElseThrow();
        String cluster = someDuplicate.marks().duplicate().cluster();
        String kept = someDuplicate.marks().duplicate().duplicateOf();
        Map<String, Predicate<Marks>> filters = new TreeMap<>();
        filters.put("status:ok", m -> m.status() == Status.OK);
        filters.put("status:duplicate", m -> m.status() == Status.DUPLICATE);
        filters.put("status:rejected", m -> m.status() == Status.REJECTED);
        filters.put("tags:ตรวจแล้ว", m -> m.tags().contains("ตรวจแล้ว"));
        filters.put("-tags:check*", m -> !m.tags().contains("checked"));
        filters.put("cluster:" + cluster, m -> m.duplicate() != null && m.duplicate().cluster().equals(cluster));
        filters.put("cluster:near-*", m -> m.duplicate() != null && m.duplicate().cluster().startsWith("near-"));
        filters.put("duplicate_of:" + kept, m -> m.duplicate() != null && kept.equals(m.duplicate().duplicateOf()));
        filters.put("reject_reason:ข่าวซ้ำ*", m -> m.rejection() != null);
        filters.put("cluster_size:7..", m -> m.duplicate() != null && m.duplicate().clusterSize() >= 7);
        for (Map.Entry<String, Predicate<Marks>> f : filters.entrySet()) {
            Set<String> expected = ids(docs, f.getValue());
            assertThat(expected).as(f.getKey() + " selects something").isNotEmpty();
            assertThat(search(corpus, f.getKey())).as(f.getKey()).isEqualTo(expected);
        }

        // statistics and facets count the same marks
        CorpusStats stats = corpus.analysis().stats(new Selection(null, null, List.of(), true, true));
        for (Status s : Status.values()) {
            assertThat(stats.status().get(s.value()).documents()).as(s.value())
                    .isEqualTo(ids(docs, m -> m.status() == s).size());
        }
        assertThat(corpus.stats().total().documents()).isEqualTo(ids(docs, m -> m.status() == Status.OK).size());
        Map<String, FacetCounter.Facet> facets = corpus.analysis().facets(new SearchRequest("*:*", null,
                List.of(), 10), List.of("status", "tags", "cluster"), 100);
        assertThat(facets.get("tags").values()).extracting(v -> v.value() + "=" + v.count())
                .contains("checked=" + ids(docs, m -> m.tags().contains("checked")).size());
        assertThat(facets.get("cluster").values()).hasSize((int) docs.values().stream()
                .filter(d -> d.marks().duplicate() != null).map(d -> d.marks().duplicate().cluster()).distinct()
                .count());

        // undo removes the dedupe marks in place too, and leaves the curator's alone
        corpus.undoDuplicates(false, null);
        assertThat(segments(corpus)).isEqualTo(segments);
        Map<String, Document> undone = documents(corpus);
        assertThat(undone.values()).allSatisfy(d -> assertThat(d.marks().duplicate()).isNull());
        assertThat(ids(undone, m -> m.tags().contains("checked"))).isEqualTo(ids(docs,
                m -> m.tags().contains("checked")));
        assertThat(ids(undone, m -> m.status() == Status.REJECTED)).isEqualTo(ids(docs,
                m -> m.status() == Status.REJECTED));
    }

    private static Set<String> ids(Map<String, Document> docs, Predicate<Marks> predicate) {
        Set<String> out = new TreeSet<>();
        docs.values().stream().filter(d -> predicate.test(d.marks())).forEach(d -> out.add(d.id()));
        return out;
    }

    private static Set<String> search(Corpus corpus, String filter) {
        List<SearchHit> hits = corpus.search(new SearchRequest("*:*", null, List.of(filter), 1000)).hits();
        Set<String> out = new TreeSet<>();
        hits.forEach(h -> out.add(h.id()));
        return out;
    }

    private static Map<String, Document> documents(Corpus corpus) throws IOException {
        Map<String, Document> out = new TreeMap<>();
        try (var dir = FSDirectory.open(corpus.home().indexDir()); DirectoryReader reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            StoredDocuments stored = new StoredDocuments(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Document d = stored.read(doc).document();
                    out.put(d.id(), d);
                }
            }
        }
        return out;
    }

    private static List<String> segments(Corpus corpus) throws IOException {
        List<String> out = new ArrayList<>();
        try (var dir = FSDirectory.open(corpus.home().indexDir())) {
            SegmentInfos.readLatestCommit(dir).forEach(s -> out.add(s.info.name + ":" + s.info.maxDoc() + "-"
                    + s.getDelCount()));
        }
        return out;
    }
}
