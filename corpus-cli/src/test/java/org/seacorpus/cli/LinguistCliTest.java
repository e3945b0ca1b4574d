package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.search.DisplayWidth;

/** A linguist's session end to end: concordance, facets, statistics, curation and history from the CLI. */
class LinguistCliTest {
    @TempDir
    static Path tmp;
    static String corpus;

    @BeforeAll
    static void importTexts() throws Exception {
        corpus = tmp.resolve("corpus").toString();
        assertThat(CliRunner.run("-q", "init", corpus).exitCode()).isZero();
        Path own = Files.createDirectories(tmp.resolve("in/own"));
        Files.writeString(own.resolve("th-rice.txt"), "ชาวนาในภาคอีสานปลูกข้าวหอมมะลิ ข้าวหอมมะลิมีกลิ่นหอมและราคาดี "
                + "ปีนี้ฝนตกน้อย ชาวนาจึงกังวลเรื่องน้ำ");
        Files.writeString(own.resolve("th-market.txt"),
                "แม่ค้าขายข้าวเหนียวมะม่วงที่ตลาดเช้า นักท่องเที่ยวชอบกินข้าวเหนียวมะม่วงมาก");
        Files.writeString(own.resolve("th-price.txt"),
                "รัฐบาลประกาศราคาข้าวใหม่ ชาวนาหลายคนพอใจ แต่บางคนยังกังวลเรื่องหนี้สิน");
        Files.writeString(own.resolve("my-market.txt"), "ရန်ကုန်မြို့ရှိ ဈေးတွင် ဆန်ဈေးတက်နေသည်။ "
                + "အိမ်ထောင်စုများသည် ဆန်ကို ပိုဝယ်ကြသည်။");
        Files.writeString(own.resolve("km-market.txt"), "តម្លៃអង្ករនៅផ្សារថ្ងៃនេះឡើងខ្ពស់ ប្រជាជនទិញអង្ករតិចជាងមុន។");
        Path id = Files.createDirectories(tmp.resolve("in/id"));
        Files.writeString(id.resolve("docA.txt"), "Petani menanam padi di sawah. Petani menjual padi.");
        Files.writeString(id.resolve("docB.txt"), "Harga padi naik dan petani senang.");
        assertThat(CliRunner.run("-C", corpus, "-q", "import", own.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("-C", corpus, "-q", "import", "--lang", "id", id.toString()).exitCode()).isZero();
    }

    @Test
    void aSortedConcordanceLinesUpItsHits() {
        CliRunner.Result result = CliRunner.run("-C", corpus, "search", "--kwic", "--lang", "th", "--context", "3",
                "--sort", "1R", "ข้าว");
        assertThat(result.exitCode()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("5 hits in 3 documents, sorted by 1R");
        List<Integer> hitColumns = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            hitColumns.add(DisplayWidth.of(line.substring(0, line.indexOf("  ข้าว  ") + 2)));
        }
        assertThat(hitColumns).hasSize(5).containsOnly(hitColumns.get(0));
        assertThat(lines.get(1)).endsWith("ข้าว  หอมมะลิ ข้าว");
        assertThat(lines.get(5)).endsWith("ข้าว  ใหม่ ชาวนาหลาย");
    }

    @Test
    void concordanceAsJsonAndTsvForSpreadsheets() {
        JsonNode json = CliRunner.run("-C", corpus, "search", "--kwic", "--format", "json", "--context", "2",
                "ဆန်").json();
        assertThat(json.get("total").asInt()).isEqualTo(1);
        assertThat(json.get("hits_total").asInt()).isEqualTo(2);
        JsonNode hit = json.get("hits").get(0);
        assertThat(hit.get("hit").asText()).isEqualTo("ဆန်");
        assertThat(hit.has("left")).isTrue();
        assertThat(hit.has("right")).isTrue();
        assertThat(hit.get("lang").asText()).isEqualTo("my");
        assertThat(hit.get("status").asText()).isEqualTo("ok");
        String tsv = CliRunner.run("-C", corpus, "search", "--kwic", "--format", "tsv", "--chars", "12",
                "អង្ករ").out();
        assertThat(tsv.lines().findFirst()).contains("id\tlang\tsource\tpart\tstart\tend\tleft\thit\tright");
        assertThat(tsv.lines().skip(1)).hasSize(2).allSatisfy(row -> assertThat(row.split("\t", -1)).hasSize(9));
    }

    @Test
    void facetsCountWhatWasFound() {
        JsonNode json = CliRunner.run("-C", corpus, "--json", "search", "--facet", "lang,tags",
                "ข้าว OR padi").json();
        assertThat(json.get("facets").get("lang").get("values").get(0).get("value").asText()).isEqualTo("th");
        assertThat(json.get("facets").get("lang").get("values").get(0).get("count").asInt()).isEqualTo(3);
        assertThat(json.get("facets").get("tags").get("missing").asInt()).isEqualTo(5);
        String table = CliRunner.run("-C", corpus, "search", "--facet", "lang", "padi").out();
        assertThat(table).contains("documents by lang").containsPattern("id\\s+2");
    }

    @Test
    void wordStatisticsAsTheyWereComputedByHand() {
        JsonNode freq = CliRunner.run("-C", corpus, "--json", "stats", "freq", "--lang", "id").json();
        assertThat(freq.get("tokens").asInt()).isEqualTo(14);
        assertThat(freq.get("words").get(0).get("word").asText()).isEqualTo("padi");
        assertThat(freq.get("words").get(0).get("per_million").asDouble()).isCloseTo(3 / 14.0 * 1e6, within());
        JsonNode colloc = CliRunner.run("-C", corpus, "--json", "stats", "collocations", "padi", "--lang", "id",
                "--window", "2", "--min", "1").json();
        assertThat(colloc.get("window_tokens").asInt()).isEqualTo(9);
        // counted folded, shown as written most often: Petani twice at a sentence start, petani once
        assertThat(colloc.get("collocates").get(0).get("word").asText()).isEqualTo("Petani");
        assertThat(colloc.get("collocates").get(0).get("form").asText()).isEqualTo("petani");
        assertThat(colloc.get("collocates").get(0).get("log_dice").asDouble()).isCloseTo(13.415037, within());
        JsonNode keyness = CliRunner.run("-C", corpus, "--json", "stats", "keyness", "--lang", "id",
                "--focus", "source:*docA.txt", "--reference", "source:*docB.txt", "--measure", "ll",
                "--min", "1").json();
        // di, menanam, menjual and sawah occur once in docA and never in docB: equal scores, alphabetical
        assertThat(keyness.get("positive").get(0).get("word").asText()).isEqualTo("di");
        assertThat(keyness.get("positive").get(0).get("log_likelihood").asDouble()).isCloseTo(1.119232, within());
        JsonNode dispersion = CliRunner.run("-C", corpus, "--json", "stats", "dispersion", "petani",
                "--lang", "id").json();
        assertThat(dispersion.get("words").get(0).get("dp").asDouble()).isCloseTo(0.095238, within());
        JsonNode ngrams = CliRunner.run("-C", corpus, "--json", "stats", "ngrams", "--n", "2..3", "--lang", "th")
                .json();
        assertThat(ngrams.get("lists")).hasSize(2);
        assertThat(ngrams.get("lists").get(0).get("ngrams").get(0).get("ngram").asText()).contains(" ");
        // น้ำ (water) is counted under its folded form, nikhahit + sara aa, and printed as written, with sara am
        JsonNode thai = CliRunner.run("-C", corpus, "--json", "stats", "freq", "--lang", "th", "--top", "100").json();
        assertThat(thai.findValuesAsText("word")).contains("น้ำ").doesNotContain("น\u0E49\u0E4D\u0E32");
        assertThat(thai.findValuesAsText("form")).contains("น\u0E49\u0E4D\u0E32");
        assertThat(CliRunner.run("-C", corpus, "stats", "freq", "--lang", "th", "--top", "100").out())
                .contains("น้ำ").doesNotContain("น\u0E49\u0E4D\u0E32");
        String table = CliRunner.run("-C", corpus, "stats", "collocations", "ข้าว", "--lang", "th", "--window", "1")
                .out();
        // ข้าวเหนียว is a word of its own: ข้าว alone occurs 3 times, twice before หอม
        assertThat(table).startsWith("collocates of ข้าว: 3 occurrences").contains("หอม");
    }

    @Test
    void curationRoundTripWithHistory() {
        String id = CliRunner.run("-C", corpus, "--json", "search", "--lang", "km", "អង្ករ").json()
                .get("hits").get(0).get("id").asText();
        String prefix = id.substring(0, 8);
        CliRunner.Result dry = CliRunner.run("-C", corpus, "reject", prefix, "--reason", "price list", "--dry-run");
        assertThat(dry.out()).startsWith("would reject 1 of 1 matching document (reason: price list); dry run");
        assertThat(CliRunner.run("-C", corpus, "--json", "stats").json().get("documents").asInt()).isEqualTo(7);

        JsonNode rejected = CliRunner.run("-C", corpus, "--json", "reject", prefix, "--reason", "price list").json();
        assertThat(rejected.get("changed").asInt()).isEqualTo(1);
        JsonNode stats = CliRunner.run("-C", corpus, "--json", "stats").json();
        assertThat(stats.get("documents").asInt()).isEqualTo(6);
        assertThat(stats.get("excluded").get("rejected").asInt()).isEqualTo(1);
        assertThat(stats.get("status").get("rejected").get("documents").asInt()).isEqualTo(1);
        assertThat(stats.has("lang") && stats.has("script") && stats.has("source")).isTrue();
        assertThat(CliRunner.run("-C", corpus, "--json", "stats", "--include-rejected").json().get("documents")
                .asInt()).isEqualTo(7);

        assertThat(CliRunner.run("-C", corpus, "tag", prefix, "--add", "checked,market").exitCode()).isZero();
        assertThat(CliRunner.run("-C", corpus, "meta", prefix, "--set", "genre=news").exitCode()).isZero();
        CliRunner.Result restored = CliRunner.run("-C", corpus, "restore", prefix);
        assertThat(restored.out()).startsWith("restored 1 of 1 matching document").contains("rejected → ok");
        JsonNode found = CliRunner.run("-C", corpus, "--json", "search", "--filter", "tags:market meta.genre:news",
                "អង្ករ").json();
        assertThat(found.get("total").asInt()).isEqualTo(1);

        CliRunner.Result history = CliRunner.run("-C", corpus, "history", prefix);
        assertThat(history.out().lines().toList()).hasSize(4);
        assertThat(history.out()).contains("curate-reject", "reason: price list", "curate-tag", "+tags checked,market",
                "curate-meta", "set {genre=news}", "curate-restore");
        JsonNode all = CliRunner.run("-C", corpus, "--json", "history", "--curation").json();
        assertThat(all.get("entries").get(0).get("report").get("documents").get(0).asText()).isEqualTo(id);
    }

    @Test
    void mistakesAreUsageErrors() {
        assertThat(CliRunner.run("-C", corpus, "reject", "--reason", "x").err()).contains("no documents chosen");
        assertThat(CliRunner.run("-C", corpus, "reject", "--reason", "x").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("-C", corpus, "reject", "abc123").exitCode()).isEqualTo(2); // no --reason
        assertThat(CliRunner.run("-C", corpus, "tag", "--all").err()).contains("--add");
        assertThat(CliRunner.run("-C", corpus, "restore", "ffffffffff").err()).contains("no document with id");
        assertThat(CliRunner.run("-C", corpus, "meta", "--all", "--set", "genre").err()).contains("NAME=VALUE");
        assertThat(CliRunner.run("-C", corpus, "search", "--sort", "1R", "ข้าว").err()).contains("add --kwic");
        assertThat(CliRunner.run("-C", corpus, "search", "--kwic", "--sort", "9Q", "ข้าว").err())
                .contains("unknown sort key");
        assertThat(CliRunner.run("-C", corpus, "stats", "collocations").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("-C", corpus, "stats", "collocations", "padi", "--measure", "dice").err())
                .contains("logdice");
        assertThat(CliRunner.run("-C", corpus, "stats", "ngrams", "--n", "7").err()).contains("1 to 5");
        assertThat(CliRunner.run("-C", corpus, "stats", "freq", "--lang", "xx").err()).contains("unknown language");
        assertThat(CliRunner.run("-C", corpus, "stats", "freq", "--filter", "language:th").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("-C", corpus, "stats", "keyness", "--lang", "id").exitCode()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tag", "reject", "restore", "meta", "history"})
    void curationCommandsHaveHelp(String command) {
        CliRunner.Result result = CliRunner.run(command, "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: corpus " + command).contains("Examples:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"freq", "ngrams", "collocations", "keyness", "dispersion"})
    void statsSubcommandsHaveHelp(String command) {
        CliRunner.Result result = CliRunner.run("stats", command, "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: corpus stats " + command).contains("Examples:");
    }

    @Test
    void anEmptyCorpusGivesEmptyAnswers() {
        String empty = tmp.resolve("empty").toString();
        CliRunner.run("-q", "init", empty);
        assertThat(CliRunner.run("-C", empty, "search", "--kwic", "ข้าว").out()).startsWith("0 hits in 0 documents");
        assertThat(CliRunner.run("-C", empty, "--json", "stats", "freq").json().get("tokens").asInt()).isZero();
        assertThat(CliRunner.run("-C", empty, "history").err()).contains("the audit trail is empty");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-5);
    }
}
