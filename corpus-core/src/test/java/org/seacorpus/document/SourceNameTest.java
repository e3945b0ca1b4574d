package org.seacorpus.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/** The naming rule every engine shares, and the id it gives. */
class SourceNameTest {
    private static final Path ALICE = Path.of("/home/alice/corpora");
    private static final Path BUILD = Path.of("/srv/ci/build-417/checkout");

    @Test
    void aFileUnderAFolderIsNamedByTheFolderAndThePathInsideItWhereverTheFolderLies() {
        SourceName a = SourceName.inRoot(null, ALICE.resolve("wiki-th"), ALICE.resolve("wiki-th/2025/ข่าว.txt"));
        SourceName b = SourceName.inRoot(null, BUILD.resolve("wiki-th"), BUILD.resolve("wiki-th/2025/ข่าว.txt"));
        assertThat(a.value()).isEqualTo("wiki-th/2025/ข่าว.txt");
        assertThat(b).isEqualTo(a);
        assertThat(DocumentId.of(a, "")).isEqualTo(DocumentId.of(b, "")).hasSize(32);
        assertThat(DocumentId.of(a, "id=7")).isNotEqualTo(DocumentId.of(a, ""));
    }

    @Test
    void aFileGivenItselfIsNamedByItsFileNameAndAPrefixGoesInFront() {
        Path file = ALICE.resolve("dumps/khmer-news.zip");
        assertThat(SourceName.inRoot(null, file, file).value()).isEqualTo("khmer-news.zip");
        assertThat(SourceName.inRoot("km-news/2025-01/", file, file).value()).isEqualTo("km-news/2025-01/khmer-news.zip");
        assertThat(SourceName.inRoot("wiki-th/2025-01", ALICE.resolve("wiki"), ALICE.resolve("wiki/a.jsonl")).value())
                .isEqualTo("wiki-th/2025-01/wiki/a.jsonl");
    }

    @Test
    void aPipelineSourceIsNamedRelativeToThePipelineFolder() {
        Path base = BUILD.resolve("corpus-sources");
        assertThat(SourceName.inBase(null, base, base.resolve("th/news.txt")).value()).isEqualTo("th/news.txt");
        assertThat(SourceName.inBase("lo-radio", base, base.resolve("lo/./ວິທະຍຸ.txt")).value())
                .isEqualTo("lo-radio/lo/ວິທະຍຸ.txt");
        assertThat(SourceName.inBase(null, base, BUILD.resolve("elsewhere/a.txt"))).isNull();
    }

    @Test
    void decomposedFileNamesFromMacOsGiveTheSameNameAsComposedOnes() {
        String composed = "tiếng-việt.txt";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(SourceName.inRoot(null, ALICE.resolve("vi"), ALICE.resolve("vi").resolve(decomposed)))
                .isEqualTo(SourceName.inRoot(null, BUILD.resolve("vi"), BUILD.resolve("vi").resolve(composed)));
    }

    @Test
    void aPrefixThatIsALocalPathOrClimbsIsRefusedWithTheReason() {
        assertThat(SourceName.checkPrefix("  ")).isNull();
        assertThat(SourceName.checkPrefix("wiki-th/2025-01/")).isEqualTo("wiki-th/2025-01");
        assertThatThrownBy(() -> SourceName.checkPrefix("/home/alice/wiki")).hasMessageContaining("local path");
        assertThatThrownBy(() -> SourceName.checkPrefix("C:\\data")).hasMessageContaining("local path");
        assertThatThrownBy(() -> SourceName.checkPrefix("file:///x")).hasMessageContaining("local path");
        assertThatThrownBy(() -> SourceName.checkPrefix("wiki/../x")).hasMessageContaining("'..'");
        assertThatThrownBy(() -> SourceName.checkPrefix("wiki//x")).hasMessageContaining("empty");
    }

    @Test
    void theIdOfASourceNameIsTheIdOfItsText() {
        assertThat(DocumentId.of(new SourceName("th/a.txt"), null)).isEqualTo(DocumentId.of("th/a.txt", ""));
    }
}
