package org.seacorpus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.document.Document;
import org.seacorpus.document.Status;
import org.seacorpus.index.Fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Selection, the quality filter, decontamination, boilerplate and PII redaction, as the exported files show. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportFiltersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    ExportFixture fixture;
    Map<String, Document> stored;

    @BeforeAll
    void importCorpus() throws IOException {
        fixture = new ExportFixture(tmp);
        stored = fixture.stored();
    }

    /** Every exported row, by id, read back with DuckDB. */
    private Map<String, JsonNode> rows(Path out, Manifest manifest) throws IOException {
        Map<String, JsonNode> rows = new TreeMap<>();
        for (Manifest.FileEntry file : manifest.files()) {
            for (Map<String, String> row : DuckDb.query("SELECT id, text, metadata::VARCHAR AS metadata FROM "
                    + "read_json(" + DuckDb.quote(out.resolve(file.path())) + ", format='newline_delimited', "
                    + "columns={id: 'VARCHAR', text: 'VARCHAR', metadata: 'VARCHAR'})")) {
                var node = JSON.createObjectNode().put("id", row.get("id")).put("text", row.get("text"));
                node.set("metadata", JSON.readTree(row.get("metadata")));
                rows.put(row.get("id"), node);
            }
        }
        return rows;
    }

    private String idOf(String sourceSuffix) {
        return stored.values().stream().filter(d -> d.origin().source().endsWith(sourceSuffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no document from " + sourceSuffix)).id();
    }

    @Test
    void qualityFilterRemovesTheThaiMenuPageAndKeepsTheArticles() throws IOException {
        Path out = tmp.resolve("quality");
        Manifest manifest = fixture.corpus.export(ExportOptions.builder(out).qualityFilter(true).build());
        Map<String, JsonNode> rows = rows(out, manifest);
        assertThat(rows).doesNotContainKey(idOf("planted/th/junk.txt"));
        assertThat(rows).containsKeys(idOf("th/news-rice-farmers-ai.txt"), idOf("km/dialogue-clinic.txt"),
                idOf("lo/howto-sticky-rice.txt"), idOf("my/dialogue-market.txt"), idOf("vi/hoi-thoai-cho.txt"),
                idOf("planted/th/pii.txt"));
        Manifest.Quality quality = manifest.filters().quality();
        assertThat(quality.applied()).isTrue();
        assertThat(quality.removed()).containsEntry("tha_Thai", 1L);
        assertThat(quality.failedRules().get("tha_Thai"))
                .containsKeys("max_dup_lines", "max_top2gram", "max_dup5gram", "max_newlines_per_word");
        assertThat(quality.source().get("tha_Thai")).isEqualTo("FineWeb-2 configs/tha_Thai.yml");
        assertThat(quality.thresholds().get("tha_Thai")).containsEntry("min_lang_score", 0.9);
        assertThat(quality.measuredAtExport()).isZero(); // signals were stored at import
        assertThat(Files.readString(out.resolve("README.md"))).contains("**Quality filter**")
                .containsPattern("removed \\d+ documents \\(.*tha_Thai 1");
    }

    @Test
    void thresholdOverridesFromTheCallerWin() throws IOException {
        Path out = tmp.resolve("quality-strict");
        // nothing in these samples has 10 000 words: everything goes, and the manifest says why
        Manifest manifest = fixture.corpus.export(ExportOptions.builder(out).qualityFilter(true)
                .qualityOverrides(Map.of("*", Map.of("min_words", 10_000))).build());
        assertThat(manifest.rows()).isZero();
        assertThat(manifest.filters().quality().failedRules().get("khm_Khmr")).containsKey("min_words");
        assertThat(manifest.filters().quality().source().get("khm_Khmr")).endsWith("with overrides");
        assertThatThrownBy(() -> fixture.corpus.export(ExportOptions.builder(tmp.resolve("bad-key"))
                .qualityFilter(true).qualityOverrides(Map.of("th", Map.of("min_wordz", 3))).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min_wordz")
                .hasMessageContaining("min_words");
    }

    @Test
    void piiIsReplacedWithTypedPlaceholdersAndCounted() throws IOException {
        Path out = tmp.resolve("pii");
        Manifest manifest = fixture.corpus.export(ExportOptions.builder(out).redactPii(true).build());
        Map<String, JsonNode> rows = rows(out, manifest);
        String thai = rows.get(idOf("planted/th/pii.txt")).get("text").asText();
        assertThat(thai).contains("โทร <PHONE> หรืออีเมล <EMAIL> ในวัน").contains("เลขที่ <TH_NATIONAL_ID> และ")
                .doesNotContain("081-234-5678").doesNotContain("somchai");
        String malay = rows.get(idOf("planted/ms/pii.txt")).get("text").asText();
        assertThat(malay).contains("talian <PHONE> pada").contains("nombor <MY_NRIC> semasa");
        assertThat(rows.get(idOf("planted/ms/pii.txt")).get("metadata").get("redacted").toString())
                .isEqualTo("{\"my_nric\":1,\"phone\":1}");
        assertThat(manifest.filters().pii().replaced()).containsEntry("phone", 2L).containsEntry("email", 1L)
                .containsEntry("th_national_id", 1L).containsEntry("my_nric", 1L);
        assertThat(manifest.filters().pii().documentsChanged()).isEqualTo(2);
        // the store is not touched
        assertThat(stored.get(idOf("planted/th/pii.txt")).text()).contains("081-234-5678");
    }

    @Test
    void documentsSharingALongNgramWithABenchmarkAreDroppedOrFlagged() throws IOException {
        String thaiSource = stored.get(idOf("th/news-rice-farmers-ai.txt")).text();
        String thaiSentence = thaiSource.lines().filter(l -> l.length() > 80).findFirst().orElseThrow();
        String viSource = stored.get(idOf("vi/hoi-thoai-cho.txt")).text();
        // 14 words from the Vietnamese dialogue, re-punctuated and re-cased: still the same 13-gram
        String[] words = viSource.replaceAll("[^\\p{L}\\p{M}\\p{Nd}]+", " ").strip().split(" ");
        String viPassage = String.join(" ", java.util.Arrays.copyOfRange(words, 20, 34)).toUpperCase();
        Path bench = tmp.resolve("bench.jsonl");
        Files.writeString(bench, JSON.writeValueAsString(Map.of("question", "ข้อใดถูก " + thaiSentence.substring(10,
                70), "answer", "ก")) + "\n" + JSON.writeValueAsString(Map.of("context", viPassage)) + "\n"
                + JSON.writeValueAsString(Map.of("context", "Một câu hoàn toàn khác không có trong kho.")) + "\n",
                StandardCharsets.UTF_8);

        Path out = tmp.resolve("decontaminated");
        Manifest manifest = fixture.corpus.export(ExportOptions.builder(out).decontaminate(List.of(bench)).build());
        Map<String, JsonNode> rows = rows(out, manifest);
        assertThat(rows).doesNotContainKeys(idOf("th/news-rice-farmers-ai.txt"), idOf("vi/hoi-thoai-cho.txt"));
        assertThat(rows).containsKeys(idOf("th/howto-tom-yum-goong.md"), idOf("vi/huong-dan-nfd.txt"));
        Manifest.Decontamination d = manifest.filters().decontamination();
        assertThat(d.matched()).containsEntry("tha_Thai", 1L).containsEntry("vie_Latn", 1L);
        assertThat(d.matchedByBenchmark()).containsEntry("bench.jsonl", 2L);
        assertThat(d.benchmarks().get(0).texts()).isEqualTo(4);
        assertThat(manifest.rows()).isEqualTo(stored.size() - 2);

        Path flaggedOut = tmp.resolve("flagged");
        Manifest flagged = fixture.corpus.export(ExportOptions.builder(flaggedOut).decontaminate(List.of(bench))
                .contamination(ExportOptions.Contamination.FLAG).build());
        assertThat(flagged.rows()).isEqualTo(stored.size());
        assertThat(rows(flaggedOut, flagged).get(idOf("vi/hoi-thoai-cho.txt")).get("metadata").get("contaminated")
                .get(0).asText()).isEqualTo("bench.jsonl");
    }

    @Test
    void aMissingBenchmarkFileIsAnErrorThatNamesIt() {
        Path missing = tmp.resolve("no-such-benchmark.txt");
        assertThatThrownBy(() -> fixture.corpus.export(ExportOptions.builder(tmp.resolve("x"))
                .decontaminate(List.of(missing)).build()))
                .isInstanceOf(ExportException.class).hasMessageContaining("no-such-benchmark.txt");
    }

    @Test
    void boilerplateRemovalIsReportedAsUnavailableWhenTheSourceHasNoData() throws IOException {
        Path out = tmp.resolve("boilerplate");
        Manifest manifest = fixture.corpus.withBoilerplate(BoilerplateSource.NONE).export(ExportOptions.builder(out)
                .dropBoilerplate(true).build());
        fixture.corpus.withBoilerplate(null);
        Manifest.Boilerplate b = manifest.filters().boilerplate();
        assertThat(b.requested()).isTrue();
        assertThat(b.available()).isFalse();
        assertThat(b.note()).contains("no boilerplate line data");
        assertThat(b.linesRemoved()).isZero();
        assertThat(manifest.rows()).isEqualTo(stored.size());
        assertThat(Files.readString(out.resolve("README.md"))).contains("asked for but not available");
    }

    @Test
    void boilerplateLinesThatDedupeFindsInThreePagesAreDropped(@TempDir Path own) throws IOException {
        org.seacorpus.corpus.Corpus pages = org.seacorpus.corpus.Corpus.create(own.resolve("c"), "pages");
        pages.importFrom(org.seacorpus.corpus.ImportOptions.of(List.of(
                ExportFixture.SAMPLE_DATA.resolve("hard-cases")))
                .withGlobs(List.of("boilerplate-*.html"), List.of()).withThreads(1), null);
        Path out = own.resolve("out");
        Manifest manifest = pages.export(ExportOptions.builder(out).dropBoilerplate(true).build());
        Manifest.Boilerplate b = manifest.filters().boilerplate();
        assertThat(b.available()).isTrue();
        assertThat(b.note()).isEqualTo("lines in at least 3 documents");
        assertThat(b.documentsChanged()).isEqualTo(3);
        assertThat(b.linesRemoved()).isGreaterThanOrEqualTo(6); // a header and a footer line at least, in each
        Map<String, JsonNode> rows = rows(out, manifest);
        assertThat(rows).hasSize(3);
        Map<String, Document> before = new TreeMap<>();
        try (var dir = org.apache.lucene.store.FSDirectory.open(pages.home().indexDir());
             var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
            var mapper = new org.seacorpus.index.DocumentMapper();
            for (int i = 0; i < reader.maxDoc(); i++) {
                Document d = new org.seacorpus.index.StoredDocuments(reader, mapper).read(i).document();
                before.put(d.id(), d);
            }
        }
        // a line that every page shares is gone, the article lines of each page are kept
        String first = before.values().iterator().next().text();
        List<String> shared = first.lines().map(String::strip)
                .filter(line -> before.values().stream().allMatch(d -> d.text().lines().map(String::strip)
                        .anyMatch(line::equals)))
                .filter(line -> line.length() >= 10).toList();
        assertThat(shared).isNotEmpty();
        rows.forEach((id, row) -> {
            String text = row.get("text").asText();
            shared.forEach(line -> assertThat(text.lines().map(String::strip)).doesNotContain(line));
            assertThat(text.length()).isGreaterThan(before.get(id).text().length() / 3);
        });
    }

    @Test
    void boilerplateLinesAreDroppedWhenASourceKnowsThem() throws IOException {
        BoilerplateSource menu = new BoilerplateSource() {
            @Override
            public java.util.Optional<Lines> open(org.apache.lucene.index.IndexReader reader) {
                return java.util.Optional.of((lang, line) -> "th".equals(lang) && Set.of("หน้าแรก", "ข่าว",
                        "ติดต่อเรา").contains(line));
            }

            @Override
            public String unavailableReason() {
                return "";
            }
        };
        Path out = tmp.resolve("boilerplate-known");
        Manifest manifest = fixture.corpus.withBoilerplate(menu).export(ExportOptions.builder(out)
                .dropBoilerplate(true).langs(List.of("th")).build());
        fixture.corpus.withBoilerplate(null);
        assertThat(rows(out, manifest).get(idOf("planted/th/junk.txt")).get("text").asText())
                .isEqualTo("สงวนลิขสิทธิ์");
        // 36 menu lines of the planted page, and the "ติดต่อเรา" navigation link of the market dialogue page
        assertThat(manifest.filters().boilerplate().linesRemoved()).isEqualTo(37);
        assertThat(manifest.filters().boilerplate().documentsChanged()).isEqualTo(2);
    }

    @Test
    void selectionByLanguageTagQueryAndStatus() throws IOException {
        Manifest vi = fixture.corpus.export(ExportOptions.builder(tmp.resolve("tag")).tags(List.of("news-vi"))
                .build());
        assertThat(vi.rowsByLanguage()).containsOnlyKeys("vie_Latn");

        Path queried = tmp.resolve("query");
        Manifest rice = fixture.corpus.export(ExportOptions.builder(queried).query("ข้าว OR កសិករ").build());
        assertThat(rice.rowsByLanguage()).containsOnlyKeys("tha_Thai", "khm_Khmr");

        String rejected = idOf("km/dialogue-clinic.txt");
        fixture.corpus.rewrite("reject", new TermQuery(new Term(Fields.ID, rejected)),
                d -> d.withStatus(Status.REJECTED), false, null);
        try {
            Path okOnly = tmp.resolve("ok-only");
            Manifest withoutRejected = fixture.corpus.export(ExportOptions.builder(okOnly).langs(List.of("km"))
                    .build());
            assertThat(rows(okOnly, withoutRejected)).doesNotContainKey(rejected).hasSize(2);
            Path all = tmp.resolve("with-rejected");
            Manifest withRejected = fixture.corpus.export(ExportOptions.builder(all).langs(List.of("km"))
                    .statuses(Set.of(Status.OK, Status.REJECTED)).build());
            assertThat(rows(all, withRejected)).containsKey(rejected).hasSize(3);
            assertThat(withRejected.corpus().selectionSha256()).isNotEqualTo(withoutRejected.corpus()
                    .selectionSha256());
        } finally {
            fixture.corpus.rewrite("restore", new TermQuery(new Term(Fields.ID, rejected)),
                    d -> d.withStatus(Status.OK), false, null);
        }
    }
}
