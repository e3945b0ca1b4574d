package org.seacorpus.corpus.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.config.PipelineConfigReader;
import org.seacorpus.config.PipelineFile;
import org.seacorpus.lang.LanguageProfiles;

/**
 * {@code min_quality_pass_rate} on a batch of mostly junk Thai and Indonesian (menus, repeated slogans) beside
 * two real articles: the rate, its numbers per language, a rerun that keeps failing, a fix that passes, and a
 * later batch rated on its own.
 */
class PipelineQualityTest {
    static final Path SAMPLE_DATA = Path.of("..", "sample-data").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @BeforeEach
    void writeInputs() throws Exception {
        copy("th/news-rice-farmers-ai.txt", "in/th/news.txt");
        copy("id/berita-panen-padi.txt", "in/id/berita.txt");
        write("in/th/menu.txt", "หน้าแรก\nข่าวสาร\nติดต่อเรา\nเข้าสู่ระบบ\nสมัครสมาชิก\nหน้าแรก\nข่าวสาร\n");
        write("in/th/sale.txt", "ลดราคา ลดราคา ลดราคา ซื้อเลย ซื้อเลย ซื้อเลย\n".repeat(5));
        write("in/id/menu.txt", "Beranda\nBerita\nKontak\nMasuk\nDaftar\nBeranda\nBerita\n");
        write("in/id/promo.txt", "Diskon besar! Beli sekarang! Diskon besar! Beli sekarang!\n".repeat(5));
    }

    private void copy(String sample, String to) throws Exception {
        Path file = tmp.resolve(to);
        Files.createDirectories(file.getParent());
        Files.copy(SAMPLE_DATA.resolve(sample), file);
    }

    private void write(String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private PipelineReport run() throws Exception {
        Path file = tmp.resolve("pipeline.yaml");
        Files.writeString(file, """
                corpus: corpus
                sources:
                  - {name: thai, paths: [in/th]}
                  - {name: indonesian, paths: [in/id], lang: id}
                import: {on_missing: mark}
                checks:
                  min_quality_pass_rate: 0.8
                """);
        PipelineFile pipeline = new PipelineConfigReader(LanguageProfiles.builtIn()).read(file);
        return new PipelineJob(pipeline, new PipelineJob.Options(null, null, false), null).run();
    }

    private static CheckResult quality(PipelineReport report) {
        return report.checks().stream().filter(c -> c.check().equals("min_quality_pass_rate")).findFirst()
                .orElseThrow();
    }

    @Test
    void aMostlyJunkBatchFailsUntilTheJunkIsGoneAndALaterBatchIsRatedOnItsOwn() throws Exception {
        PipelineReport first = run();
        assertThat(first.exitCode()).isEqualTo(1);
        CheckResult check = quality(first);
        assertThat(check.failed()).isTrue();
        Map<?, ?> actual = (Map<?, ?>) check.actual();
        assertThat(actual.get("passed")).isEqualTo(2L);
        assertThat(actual.get("total")).isEqualTo(6L);
        assertThat(actual.get("by_language")).isEqualTo(Map.of(
                "id", Map.of("passed", 1L, "total", 3L, "rate", 0.333333),
                "th", Map.of("passed", 1L, "total", 3L, "rate", 0.333333)));
        assertThat(check.message()).contains("quality pass rate 0.3333: 2 of 6 documents in the corpus",
                "below the minimum: all 0.3333 < 0.8000", "by language: id 1/3, th 1/3");

        PipelineReport again = run(); // nothing changed: the same batch, the same verdict
        assertThat(again.importStep().added() + again.importStep().updated()).isZero();
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(((Map<?, ?>) quality(again).actual()).get("total")).isEqualTo(6L);

        for (String junk : new String[] {"in/th/menu.txt", "in/th/sale.txt", "in/id/menu.txt", "in/id/promo.txt"}) {
            Files.delete(tmp.resolve(junk)); // gone with on_missing: mark, their documents are rejected
        }
        PipelineReport fixed = run();
        assertThat(fixed.exitCode()).as(quality(fixed).message()).isZero();
        assertThat(((Map<?, ?>) quality(fixed).actual()).get("total")).isEqualTo(2L);

        PipelineReport quiet = run(); // nothing new since the passing check
        assertThat(quiet.exitCode()).isZero();
        assertThat(quality(quiet).message()).startsWith("no documents added or updated since the last passing check");

        copy("th/howto-tom-yum-goong.md", "in/th/tom-yum.md");
        write("in/th/menu-2.txt", "สินค้าใหม่\nโปรโมชั่น\nสินค้าใหม่\nโปรโมชั่น\n");
        PipelineReport next = run();
        Map<?, ?> batch = (Map<?, ?>) quality(next).actual();
        assertThat(batch.get("scope")).isEqualTo("since_last_pass");
        assertThat(batch.get("passed")).isEqualTo(1L);
        assertThat(batch.get("total")).isEqualTo(2L);
        assertThat(batch.get("corpus")).isEqualTo(Map.of("passed", 3L, "total", 4L, "rate", 0.75));
        assertThat(next.exitCode()).isEqualTo(1);
    }
}
