package org.seacorpus.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.export.ExportOptions;
import org.seacorpus.search.SearchHit;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.search.Selection;
import org.seacorpus.testing.LinguistFixture;

/** Curation on a real corpus: in place, reversible, recorded, and respected by statistics and export. */
class CorpusCurationTest {
    @TempDir
    Path tmp;
    Corpus corpus;

    @BeforeEach
    void build() throws Exception {
        corpus = LinguistFixture.copy(tmp.resolve("corpus"));
    }

    private CurationOutcome reject(CurationTarget target, String reason, boolean dryRun) {
        return corpus.curation().apply(target, new CurationAction.Reject(reason, Instant.now().toString()), dryRun);
    }

    private List<SearchHit> hits(String query, String lang, String... filters) {
        return corpus.search(new SearchRequest(query, lang, List.of(filters), 50)).hits();
    }

    @Test
    void rejectThenRestoreByQueryWithTheAuditTrail() throws Exception {
        CurationTarget market = CurationTarget.ofQuery("มะม่วง OR ตลาด", "th", List.of());
        CurationOutcome dry = reject(market, "advertising", true);
        assertThat(dry.record().changed()).isEqualTo(1);
        assertThat(dry.file()).isNull();
        assertThat(hits("มะม่วง", "th", "status:rejected")).isEmpty();

        CurationOutcome done = reject(market, "advertising", false);
        assertThat(done.changed()).hasSize(1);
        String id = done.changed().get(0).id();
        assertThat(done.changed().get(0).statusAfter()).isEqualTo("rejected");
        assertThat(hits("มะม่วง", "th", "status:rejected", "reject_reason:advertising")).hasSize(1);
        // out of statistics and export, still in search
        assertThat(corpus.stats().total().documents()).isEqualTo(10);
        assertThat(corpus.stats().excluded()).containsEntry("rejected", 1L);
        assertThat(corpus.stats().status().get("rejected").documents()).isEqualTo(1);
        assertThat(corpus.analysis().frequencies(Selection.of(null, "th", List.of()), 1, 1000).documents())
                .isEqualTo(2);
        assertThat(corpus.analysis().frequencies(new Selection(null, "th", List.of(), true, false), 1, 10)
                .documents()).isEqualTo(3);
        assertThat(corpus.export(new ExportOptions(tmp.resolve("out"), null, null, List.of("th"), 0, false)).rows())
                .isEqualTo(2);

        // the audit trail says when, what, which documents, how chosen and why
        AuditEntry entry = corpus.curation().history(id.substring(0, 8)).get(0);
        assertThat(entry.kind()).isEqualTo("curate-reject");
        assertThat(entry.documents()).containsExactly(id);
        assertThat(entry.report()).containsEntry("reason", "advertising").containsEntry("changed", 1);
        assertThat(entry.summary()).contains("reject 1 of 1 document;", "reason: advertising",
                "query 'มะม่วง OR ตลาด'");
        assertThat(((Map<?, ?>) entry.report().get("target")).get("lang")).isEqualTo("th");

        CurationOutcome restored = corpus.curation().apply(CurationTarget.ofIds(List.of(id.substring(0, 10))),
                new CurationAction.Restore(), false);
        assertThat(restored.record().changed()).isEqualTo(1);
        assertThat(corpus.stats().total().documents()).isEqualTo(11);
        assertThat(hits("มะม่วง", "th", "status:ok")).hasSize(1);
        assertThat(corpus.curation().history(id)).extracting(AuditEntry::kind)
                .containsExactly("curate-reject", "curate-restore");
    }

    @Test
    void tagsAndMetadataByIdBecomeFiltersAndFacets() {
        String id = hits("ชาวนา", "th").get(0).id();
        corpus.curation().apply(CurationTarget.ofIds(List.of(id)),
                new CurationAction.Tag(Set.of("isan", "checked"), Set.of()), false);
        corpus.curation().apply(new CurationTarget(null, null, "th", List.of("tags:isan"), false),
                new CurationAction.SetMeta(Map.of("region", "ภาคอีสาน", "genre", "news story"), Set.of()), false);
        assertThat(hits("ชาวนา", "th", "tags:isan meta.region:ภาคอีสาน", "meta.genre:\"news story\""))
                .extracting(SearchHit::id).containsExactly(id);
        assertThat(corpus.analysis().facets(new SearchRequest("ชาวนา", "th", List.of(), 1), List.of("tags"), 5)
                .get("tags").values()).extracting(v -> v.value()).containsExactly("checked", "isan");
        // the text is untouched and still searchable; tags can be removed again
        corpus.curation().apply(CurationTarget.ofIds(List.of(id)), new CurationAction.Tag(Set.of(), Set.of("isan")),
                false);
        assertThat(hits("ชาวนา", "th", "tags:isan")).isEmpty();
        assertThat(hits("ชาวนา", "th", "tags:checked")).hasSize(1);
        assertThat(corpus.analysis().dispersion(Selection.of(null, "th", List.of()), List.of("ข้าว"), "meta.region")
                .parts()).isEqualTo(2);
        assertThat(corpus.curation().history(null)).extracting(AuditEntry::kind)
                .containsSubsequence("import", "curate-tag", "curate-meta", "curate-tag");
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        long runsBefore = runs();
        CurationOutcome outcome = corpus.curation().apply(new CurationTarget(null, null, null, null, true),
                new CurationAction.Tag(Set.of("all"), Set.of()), true);
        assertThat(outcome.record().matched()).isEqualTo(11);
        assertThat(outcome.record().changed()).isEqualTo(11);
        assertThat(outcome.record().dryRun()).isTrue();
        assertThat(runs()).isEqualTo(runsBefore);
        assertThat(hits("padi", "id", "tags:all")).isEmpty();
    }

    @Test
    void idsMustBeKnownAndUnambiguous() {
        assertThatThrownBy(() -> reject(CurationTarget.ofIds(List.of("0000000000")), "x", false))
                .hasMessageContaining("no document with id '0000000000'");
        assertThatThrownBy(() -> reject(CurationTarget.ofIds(List.of("abc")), "x", false))
                .hasMessageContaining("at least 6");
        assertThatThrownBy(() -> reject(CurationTarget.ofIds(List.of("not-hex!")), "x", false))
                .hasMessageContaining("is not a document id");
        assertThat(corpus.curation().history("ffffffffffff")).isEmpty();
    }

    @Test
    void anEmptyCorpusHasAnEmptyHistoryAfterItsCreation() {
        Corpus empty = Corpus.create(tmp.resolve("empty"), "empty");
        assertThat(empty.curation().history(null)).isEmpty();
        CurationOutcome none = empty.curation().apply(new CurationTarget(null, null, null, null, true),
                new CurationAction.Restore(), false);
        assertThat(none.record().matched()).isZero();
        assertThat(empty.curation().history(null)).extracting(AuditEntry::kind).containsExactly("curate-restore");
    }

    private long runs() throws Exception {
        try (Stream<Path> files = Files.list(corpus.home().runsDir())) {
            return files.count();
        }
    }
}
