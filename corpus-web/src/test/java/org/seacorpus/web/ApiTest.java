package org.seacorpus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.CorpusLock;
import org.seacorpus.curate.CurationAction;
import org.seacorpus.curate.CurationTarget;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * The REST API against a real corpus on disk: the shapes of the CLI's JSON, exact totals and paging, sorting in
 * the language's collation, documents, statistics, the audit trail, curation with CSRF and undo, the lock
 * error of a second writer, and the OpenAPI description covering every route.
 */
class ApiTest {
    static final String THAI_RICE = "ข้าว";
    static final String KHMER_FARMER = "កសិករ";
    static final String BURMESE_PADDY = "စပါး";

    static Path home;
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() {
        home = TestCorpus.copy();
        server = WebServer.start(Corpus.open(home), new ServeOptions("127.0.0.1", 0, null, false, true));
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void searchFindsAThaiWordInsideUnspacedTextWithTheCliShape() {
        JsonNode result = http.json("/api/v1/search?lang=th&limit=2&q=" + Http.q(THAI_RICE));
        assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(result.get("hits")).hasSize(2);
        JsonNode hit = result.get("hits").get(0);
        for (String field : List.of("id", "source", "part", "lang", "status", "cluster", "duplicate_of", "tags",
                "snippet")) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        assertThat(hit.get("lang").asText()).isEqualTo("th");
        assertThat(hit.get("snippet").asText()).contains("«" + THAI_RICE + "»");
    }

    @Test
    void kwicPagesThroughEveryHitWithTheExactTotal() {
        JsonNode first = http.json("/api/v1/kwic?lang=km&limit=4&q=" + Http.q(KHMER_FARMER));
        long total = first.get("hits_total").asLong();
        assertThat(total).isGreaterThan(4);
        assertThat(first.get("truncated").asBoolean()).isFalse();
        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < total; offset += 4) {
            JsonNode page = http.json("/api/v1/kwic?lang=km&limit=4&offset=" + offset + "&q=" + Http.q(KHMER_FARMER));
            assertThat(page.get("hits_total").asLong()).isEqualTo(total);
            assertThat(page.get("offset").asInt()).isEqualTo(offset);
            for (JsonNode line : page.get("hits")) {
                assertThat(line.get("hit").asText()).isEqualTo(KHMER_FARMER);
                seen.add(line.get("id").asText() + "@" + line.get("start").asInt());
            }
        }
        assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();
    }

    @Test
    void kwicSortedByRightContextFollowsBurmeseCollation() {
        JsonNode result = http.json("/api/v1/kwic?lang=my&sort=1R&limit=100&q=" + Http.q(BURMESE_PADDY));
        List<String> firstRight = new ArrayList<>();
        for (JsonNode line : result.get("hits")) {
            JsonNode words = line.get("right_words");
            firstRight.add(words.isEmpty() ? "" : words.get(0).asText());
        }
        assertThat(firstRight).hasSizeGreaterThan(3);
        Collator burmese = Collator.getInstance(new ULocale("my"));
        assertThat(firstRight).isSortedAccordingTo(burmese::compare);
        // and it is a real sort: corpus order differs
        JsonNode unsorted = http.json("/api/v1/kwic?lang=my&limit=100&q=" + Http.q(BURMESE_PADDY));
        assertThat(unsorted.get("hits").toString()).isNotEqualTo(result.get("hits").toString());
    }

    @Test
    void facetsCountTheDocumentsFound() {
        JsonNode result = http.json("/api/v1/search?facet=lang,status&q=" + Http.q(THAI_RICE));
        JsonNode langs = result.get("facets").get("lang").get("values");
        assertThat(langs.get(0).get("value").asText()).isEqualTo("th");
        assertThat(langs.get(0).get("count").asLong()).isEqualTo(result.get("total").asLong());
    }

    @Test
    void aBadQueryIsA400WithTheReason() {
        HttpResponse<String> response = http.get("/api/v1/search?q=" + Http.q("\"unbalanced"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.parse(response.body()).get("error").asText()).isNotBlank();
        HttpResponse<String> filter = http.get("/api/v1/search?q=rice&filter=" + Http.q("nosuchfield:x"));
        assertThat(filter.statusCode()).isEqualTo(400);
        assertThat(filter.body()).contains("cannot filter on 'nosuchfield'");
    }

    @Test
    void documentComesWholeWithItsOriginalSpansAndCluster() {
        JsonNode hits = http.json("/api/v1/search?lang=th&limit=20&q=" + Http.q(THAI_RICE)).get("hits");
        // the misordered-marks text and its corrected copy are one exact cluster after dedupe; which of the two is
        // kept depends on which the import stamped first (parallel workers), so the test takes the misordered one
        JsonNode misordered = null;
        JsonNode corrected = null;
        for (JsonNode h : hits) {
            String source = h.get("source").asText();
            if (source.endsWith("thai-misordered-marks.txt")) {
                misordered = h;
            } else if (source.endsWith("thai-misordered-marks.expected.txt")) {
                corrected = h;
            }
        }
        assertThat(misordered).isNotNull();
        assertThat(corrected).isNotNull();
        assertThat(List.of(misordered.get("status").asText(), corrected.get("status").asText()))
                .as("one of the two is an exact duplicate of the other after dedupe")
                .containsExactlyInAnyOrder("ok", "duplicate");
        JsonNode doc = http.json("/api/v1/documents/" + misordered.get("id").asText().substring(0, 10));
        assertThat(doc.get("id").asText()).isEqualTo(misordered.get("id").asText());
        assertThat(doc.get("original").asText()).isNotEqualTo(doc.get("text").asText());
        assertThat(doc.get("normalization").has("thai-mark-order")).isTrue();
        assertThat(doc.get("lang_spans").isArray()).isTrue();
        String cluster = doc.get("cluster").asText();
        JsonNode members = http.json("/api/v1/clusters/" + Http.q(cluster)).get("members");
        assertThat(members).hasSize(2);
        assertThat(http.get("/api/v1/documents/ffffffffffff").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/documents/zz").statusCode()).isEqualTo(400);
    }

    @Test
    void statisticsHaveTheCliShapes() {
        JsonNode stats = http.json("/api/v1/stats");
        assertThat(stats.get("lang").has("th")).isTrue();
        assertThat(stats.get("lang").get("km").get("documents").asLong()).isEqualTo(3);
        JsonNode freq = http.json("/api/v1/stats/freq?lang=th&top=5");
        assertThat(freq.get("words")).hasSize(5);
        assertThat(freq.get("words").get(0).has("per_million")).isTrue();
        JsonNode colloc = http.json("/api/v1/stats/collocations?lang=th&measure=mi3&word=" + Http.q(THAI_RICE));
        assertThat(colloc.get("measure").asText()).isEqualTo("MI3");
        assertThat(colloc.get("collocates")).isNotEmpty();
        JsonNode ngrams = http.json("/api/v1/stats/ngrams?lang=km&n=2..3&top=3");
        assertThat(ngrams.get("lists")).hasSize(2);
        JsonNode keyness = http.json("/api/v1/stats/keyness?focus=lang:th&reference=lang:km");
        assertThat(keyness.get("positive")).isNotEmpty();
        JsonNode dispersion = http.json("/api/v1/stats/dispersion?lang=th&word=" + Http.q(THAI_RICE));
        assertThat(dispersion.get("words").get(0).get("range").asLong()).isGreaterThan(1);
        JsonNode quality = http.json("/api/v1/stats/quality?lang=th");
        assertThat(quality.get("languages").get("th").get("signals").get("words").get("histogram").get("counts"))
                .isNotEmpty();
        assertThat(http.get("/api/v1/stats/nosuchview").statusCode()).isEqualTo(404);
    }

    @Test
    void curationNeedsTheCsrfTokenAndIsRecordedAndUndone() {
        String id = http.json("/api/v1/search?lang=km&limit=1&q=" + Http.q(KHMER_FARMER)).get("hits").get(0)
                .get("id").asText();
        var body = Http.body("ids", List.of(id), "add", List.of("checked"), "reason", "read and checked");
        assertThat(http.postJson("/api/v1/curation/tag", body).statusCode()).isEqualTo(403);
        assertThat(http.postJson("/api/v1/curation/tag", body, "X-CSRF-Token", "wrong").statusCode()).isEqualTo(403);
        assertThat(http.postJson("/api/v1/curation/tag", body, "X-CSRF-Token", http.csrf(), "Origin",
                "http://evil.example").statusCode()).isEqualTo(403);

        HttpResponse<String> tagged = http.postJson("/api/v1/curation/tag", body, "X-CSRF-Token", http.csrf());
        assertThat(tagged.statusCode()).isEqualTo(200);
        JsonNode result = Http.parse(tagged.body());
        assertThat(result.get("action").asText()).isEqualTo("tag");
        assertThat(result.get("changed").asInt()).isEqualTo(1);
        assertThat(result.get("record").asText()).endsWith("-curate-tag.json").doesNotContain("/");
        JsonNode doc = http.json("/api/v1/documents/" + id);
        assertThat(doc.get("tags").toString()).contains("checked");
        JsonNode history = http.json("/api/v1/documents/" + id + "/history").get("entries");
        assertThat(history.get(history.size() - 1).get("summary").asText())
                .contains("+tags").contains("checked").contains("reason: read and checked");

        HttpResponse<String> undone = http.postJson("/api/v1/curation/undo/" + result.get("undo").asText(),
                Http.body("reason", "tagged the wrong one"), "X-CSRF-Token", http.csrf());
        assertThat(undone.statusCode()).isEqualTo(200);
        assertThat(Http.parse(undone.body()).get("changed").asInt()).isEqualTo(1);
        assertThat(http.json("/api/v1/documents/" + id).get("tags").toString()).doesNotContain("checked");
        JsonNode after = http.json("/api/v1/documents/" + id + "/history").get("entries");
        assertThat(after.get(after.size() - 1).get("summary").asText()).contains("-tags").contains("undo of tag");
        // an undo cannot be used twice
        assertThat(http.postJson("/api/v1/curation/undo/" + result.get("undo").asText(), Http.body(),
                "X-CSRF-Token", http.csrf()).statusCode()).isEqualTo(404);
    }

    @Test
    void rejectByQueryThenUndoRestoresEveryStatus() {
        String csrf = http.csrf();
        JsonNode before = http.json("/api/v1/search?lang=th&limit=50&q=" + Http.q(THAI_RICE));
        HttpResponse<String> rejected = http.postJson("/api/v1/curation/reject", Http.body("query", THAI_RICE,
                "lang", "th", "reason", "testing a bulk rejection"), "X-CSRF-Token", csrf);
        JsonNode result = Http.parse(rejected.body());
        assertThat(result.get("changed").asLong()).isEqualTo(before.get("total").asLong());
        JsonNode during = http.json("/api/v1/search?lang=th&limit=50&facet=status&q=" + Http.q(THAI_RICE));
        assertThat(during.get("facets").get("status").get("values").get(0).get("value").asText())
                .isEqualTo("rejected");
        http.postJson("/api/v1/curation/undo/" + result.get("undo").asText(), Http.body(), "X-CSRF-Token", csrf);
        JsonNode after = http.json("/api/v1/search?lang=th&limit=50&q=" + Http.q(THAI_RICE));
        assertThat(statuses(after)).isEqualTo(statuses(before));
    }

    @Test
    void aCachedAnswerIsNeverServedAfterACommitChangedIt() {
        String probe = "/api/v1/search?lang=km&limit=50&filter=tags:cache-probe&q=" + Http.q(KHMER_FARMER);
        assertThat(http.json(probe).get("total").asLong()).isZero();
        long hits = server.cacheCounts().get("hits");
        assertThat(http.json(probe).get("total").asLong()).isZero();
        assertThat(server.cacheCounts().get("hits")).isEqualTo(hits + 1); // the second answer came from the cache
        String id = http.json("/api/v1/search?lang=km&limit=1&q=" + Http.q(KHMER_FARMER)).get("hits").get(0)
                .get("id").asText();

        // another façade on the same corpus (as the CLI would be) tags the document
        Corpus other = Corpus.open(home);
        other.curation().apply(CurationTarget.ofIds(List.of(id)), new CurationAction.Tag(Set.of("cache-probe"),
                Set.of()), false, "testing the cache", (before, after) -> { });
        JsonNode after = http.json(probe);
        assertThat(after.get("total").asLong()).isEqualTo(1);
        assertThat(after.get("hits").get(0).get("id").asText()).isEqualTo(id);

        // and the server's own curation is seen at once too
        http.postJson("/api/v1/curation/tag", Http.body("ids", List.of(id), "remove", List.of("cache-probe")),
                "X-CSRF-Token", http.csrf());
        assertThat(http.json(probe).get("total").asLong()).isZero();
    }

    @Test
    void aSecondWriterGetsTheCorpusLockError() {
        String id = http.json("/api/v1/search?lang=my&limit=1&q=" + Http.q(BURMESE_PADDY)).get("hits").get(0)
                .get("id").asText();
        try (CorpusLock held = CorpusLock.acquire(home, "import (a test holding the lock)")) {
            HttpResponse<String> response = http.postJson("/api/v1/curation/tag", Http.body("ids", List.of(id),
                    "add", List.of("x")), "X-CSRF-Token", http.csrf());
            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(Http.parse(response.body()).get("error").asText()).contains("is locked by")
                    .contains("import (a test holding the lock)");
        }
    }

    @Test
    void runsAreTheAuditTrail() {
        JsonNode runs = http.json("/api/v1/runs?kind=import");
        assertThat(runs.get("entries")).hasSize(2);
        assertThat(runs.get("entries").get(0).get("report").get("added").asInt()).isGreaterThan(5);
    }

    @Test
    void nothingOutsideTheCorpusHomeOrTheAssetsIsServed() {
        for (String path : List.of("/assets/../../../../etc/passwd", "/assets/%2e%2e/%2e%2e/etc/passwd",
                "/assets/..%2f..%2fcorpus.yaml", "/api/v1/documents/..%2f..%2fcorpus.yaml", "/corpus.yaml",
                "/index/segments_1", "/assets/fonts/../../web/openapi.json")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).doesNotContain("root:").doesNotContain("schema_version");
        }
        assertThat(http.get("/assets/fonts/noto-sans-khmer-khmer-400-normal.woff2").statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDescriptionCoversEveryRoute() throws Exception {
        JsonNode spec = http.json("/api/v1/openapi.json");
        assertThat(spec.get("openapi").asText()).startsWith("3.");
        List<String> described = new ArrayList<>();
        for (Iterator<String> it = spec.get("paths").fieldNames(); it.hasNext(); ) {
            described.add(it.next());
        }
        String source = java.nio.file.Files.readString(Path.of("src/main/java/org/seacorpus/web/api/ApiRoutes.java"));
        Matcher routes = Pattern.compile("routes\\.(get|post)\\(BASE \\+ \"([^\"]+)\"").matcher(source);
        List<String> registered = new ArrayList<>();
        while (routes.find()) {
            registered.add("/api/v1" + routes.group(2));
            JsonNode path = spec.get("paths").get("/api/v1" + routes.group(2));
            assertThat(path).as("described: " + routes.group(2)).isNotNull();
            assertThat(path.has(routes.group(1))).as(routes.group(1) + " " + routes.group(2)).isTrue();
        }
        assertThat(registered).hasSizeGreaterThan(10);
        assertThat(described).containsExactlyInAnyOrderElementsOf(registered);
    }

    private static List<String> statuses(JsonNode result) {
        List<String> out = new ArrayList<>();
        for (JsonNode h : result.get("hits")) {
            out.add(h.get("id").asText() + "=" + h.get("status").asText());
        }
        out.sort(null);
        return out;
    }
}
