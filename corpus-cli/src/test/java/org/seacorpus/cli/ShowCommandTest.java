package org.seacorpus.cli;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.document.DocumentId;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code corpus show}: one document whole, by id or prefix, with its cluster, tags, history and texts. */
class ShowCommandTest {
    private static final String MARKET = "แม่ค้าที่ตลาดเช้าขายข้าวเหนียวมะม่วงทุกวัน นักท่องเที่ยวชอบมาซื้อกลับไปกินที่โรงแรม\n";
    /** Typed with sara am as nikhahit + sara aa (น\u0E49\u0E4D\u0E32), which normalisation repairs to น้ำ. */
    private static final String RICE = "ชาวนาที่จังหวัดสุรินทร์ท\u0E4D\u0E32นาปลูกข้าวหอมมะลิ น\u0E49\u0E4D\u0E32ฝนปีนี้ดี ข้าวปีนี้ราคาดี";
    private static final String KHMER = "កសិករនៅខេត្តបាត់ដំបងដាំស្រូវច្រើនជាងមុន ព្រោះមានទឹកគ្រប់គ្រាន់។\n";

    @TempDir
    static Path tmp;
    static String corpus;
    static String market = DocumentId.of("in/th/market.txt", "");
    static String marketCopy = DocumentId.of("in/th/market-copy.txt", "");
    static String rice = DocumentId.of("in/th/rice.txt", "");

    @BeforeAll
    static void importAndCurate() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("th"));
        Files.createDirectories(in.resolve("km"));
        Files.writeString(in.resolve("th/market.txt"), MARKET, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("th/market-copy.txt"), MARKET, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("th/rice.txt"), RICE, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("km/farmers.txt"), KHMER, StandardCharsets.UTF_8);
        corpus = tmp.resolve("corpus").toString();
        assertThat(CliRunner.run("init", corpus).exitCode()).isZero();
        assertThat(CliRunner.run("-q", "-C", corpus, "import", in.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("-q", "-C", corpus, "dedupe").exitCode()).isZero();
        assertThat(CliRunner.run("-q", "-C", corpus, "tag", "--add", "street-food", market.substring(0, 12))
                .exitCode()).isZero();
    }

    @Test
    void showPrintsTheWholeDocumentWithItsClusterTagsAndHistory() {
        CliRunner.Result result = CliRunner.run("-C", corpus, "show", market.substring(0, 12));
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("id         " + market)
                .contains("source     in/th/market.txt")
                .containsPattern("location   /.*/in/th/market.txt")
                .contains("language   th (Thai)")
                .contains("tags       street-food")
                .contains(market.substring(0, 12)).contains(marketCopy.substring(0, 12))
                .contains("curate-tag")
                .endsWith(MARKET);
        assertThat(result.out()).containsPattern("cluster    exact-[0-9a-f]{16} \\(2 members");
    }

    @Test
    void theOriginalTextIsShownOnRequest() {
        CliRunner.Result text = CliRunner.run("-C", corpus, "show", "--text", rice.substring(0, 8));
        assertThat(text.out()).isEqualTo("ชาวนาที่จังหวัดสุรินทร์ทำนาปลูกข้าวหอมมะลิ น้ำฝนปีนี้ดี ข้าวปีนี้ราคาดี\n");
        CliRunner.Result original = CliRunner.run("-C", corpus, "show", "--text", "--original", rice.substring(0, 8));
        assertThat(original.out()).isEqualTo(RICE + "\n");
        assertThat(CliRunner.run("-C", corpus, "show", rice).out()).contains("normalised ").contains("thai")
                .contains("--original");
    }

    @Test
    void jsonHoldsEveryPart() {
        JsonNode json = CliRunner.run("--json", "-C", corpus, "show", market).json();
        assertThat(json.get("id").asText()).isEqualTo(market);
        assertThat(json.get("text").asText()).isEqualTo(MARKET.strip());
        assertThat(json.get("original").asText()).isEqualTo(MARKET); // the trailing line break was trimmed
        assertThat(json.get("status").asText()).isIn("ok", "duplicate");
        assertThat(json.get("tags").get(0).asText()).isEqualTo("street-food");
        assertThat(json.get("cluster").get("members")).hasSize(2);
        assertThat(json.get("spans").get(0).get("lang").asText()).isEqualTo("th");
        List<String> kinds = new ArrayList<>();
        json.get("history").forEach(entry -> kinds.add(entry.get("kind").asText()));
        assertThat(kinds).as("the tag and the dedupe that marked it").contains("curate-tag", "dedupe");
        assertThat(json.get("quality").size()).isPositive();
    }

    @Test
    void anUnknownOrAmbiguousIdIsAUsageError() {
        CliRunner.Result unknown = CliRunner.run("-C", corpus, "show", "0123456789ab");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no document with id '0123456789ab'");
        CliRunner.Result notAnId = CliRunner.run("-C", corpus, "show", "ข้าว");
        assertThat(notAnId.exitCode()).isEqualTo(2);
        assertThat(notAnId.err()).contains("is not a document id");
    }
}
