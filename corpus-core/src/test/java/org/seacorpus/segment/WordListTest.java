package org.seacorpus.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordListTest {
    @Test
    void emptyContentIsAnEmptyList() {
        assertThat(WordList.parse("", "x").isEmpty()).isTrue();
        assertThat(WordList.parse("# only a comment\n\n", "x").size()).isZero();
    }

    @Test
    void wordsAreLookedUpIgnoringCaseAndSpacing() {
        WordList list = WordList.parse("học sinh\nHà Nội  # a place\nโรง|พยาบาล\n", "x");
        assertThat(list.isWord("Học  Sinh")).isTrue();
        assertThat(list.isWord("hà nội")).isTrue();
        assertThat(list.isWord("hà")).isFalse();
        assertThat(list.splitOf("โรงพยาบาล")).hasValue(java.util.List.of("โรง", "พยาบาล"));
        assertThat(list.size()).isEqualTo(3);
    }

    @Test
    void aUserListOverridesTheBuiltInOne() {
        WordList builtIn = WordList.parse("đại học\nโรง|พยาบาล", "built-in");
        WordList user = WordList.parse("đại|học\nโรงพยาบาล", "user");
        WordList merged = builtIn.with(user);
        assertThat(merged.isWord("đại học")).isFalse();
        assertThat(merged.splitOf("đại học")).isPresent();
        assertThat(merged.isWord("โรงพยาบาล")).isTrue();
        assertThat(merged.splitOf("โรงพยาบาล")).isEmpty();
    }

    @Test
    void anEmptyPieceIsReportedWithItsLine() {
        assertThatThrownBy(() -> WordList.parse("ok\nโรง||พยาบาล", "dict.txt"))
                .hasMessageContaining("dict.txt line 2").hasMessageContaining("piece|piece");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithAdvice(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("th.txt");
        Files.write(file, "โรงพยาบาล".getBytes("windows-874"));
        assertThatThrownBy(() -> WordList.read(file)).hasMessageContaining("not UTF-8");
        Files.writeString(file, "\uFEFFโรงพยาบาล\n", StandardCharsets.UTF_8);
        assertThat(WordList.read(file).isWord("โรงพยาบาล")).isTrue();
    }

    @Test
    void theBuiltInVietnameseListLoads() {
        WordList vi = WordList.resource("vi/words.txt");
        assertThat(vi.size()).isGreaterThan(800);
        assertThat(vi.isWord("sinh viên")).isTrue();
    }
}
