package org.seacorpus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.document.Document;

class WarcExtractorTest {
    static final Path CRAWL = Path.of("..", "sample-data", "web", "crawl.warc.gz");

    private final WarcExtractor extractor = new WarcExtractor(new TikaExtractor(ImportLimits.DEFAULTS),
            ImportLimits.DEFAULTS);

    @Test
    void eachPageOfTheCrawlBecomesADocumentWithItsUrl() throws Exception {
        CollectingSink sink = new CollectingSink();
        extractor.extract(InputItem.ofFile(CRAWL), sink);
        assertThat(sink.failures).isEmpty();
        // the image and the 404 are skipped
        assertThat(sink.documents).extracting(d -> d.origin().url()).containsExactly(
                "https://nongnghiep.example/tin/lua-chiu-man", "https://kaset.example/khao-insee",
                "https://berita.example/petani-drone");
        Document thai = sink.documents.get(1);
        assertThat(thai.origin().part()).isEqualTo("https://kaset.example/khao-insee");
        assertThat(thai.origin().title()).isEqualTo("เกษตรกรอุบลฯ รวมกลุ่มขายข้าวอินทรีย์ออนไลน์");
        // windows-874 declared only in the HTTP header, with its curly quotes and ellipsis
        assertThat(thai.text()).contains("“เราเรียนรู้การถ่ายรูปสินค้า").contains("…”");
        assertThat(thai.origin().meta()).containsEntry("warc_date", "2026-11-20T08:00:00Z")
                .containsEntry("http_content_type", "text/html;charset=windows-874");
        assertThat(sink.documents.get(0).text()).contains("giống lúa mới có khả năng chịu mặn");
    }

    @Test
    void aTruncatedArchiveFailsWithAReason(@TempDir Path tmp) throws Exception {
        byte[] bytes = Files.readAllBytes(CRAWL);
        Path broken = tmp.resolve("broken.warc.gz");
        Files.write(broken, Arrays.copyOf(bytes, 40));
        assertThatThrownBy(() -> extractor.extract(InputItem.ofFile(broken), new CollectingSink()))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("web archive");
    }

    @Test
    void onlyWebArchivesAreAccepted() throws Exception {
        assertThat(extractor.accepts(InputItem.ofFile(CRAWL))).isTrue();
        assertThat(extractor.accepts(InputItem.ofFile(Path.of("..", "sample-data", "th", "news-rice-farmers-ai.txt"))))
                .isFalse();
    }
}
