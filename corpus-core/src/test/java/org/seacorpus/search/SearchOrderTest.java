package org.seacorpus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;

/**
 * Equally good hits come in the same order however the documents landed in the index: two corpora get the same
 * three Thai texts (the same words in another order, so every one scores the same), imported in opposite orders.
 */
class SearchOrderTest {
    @TempDir
    Path tmp;

    @Test
    void equalScoresAreOrderedByIdNotByIndexOrder() throws Exception {
        List<Path> folders = List.of(folder("a", "ชาวนา ปลูก ข้าว ที่ ทุ่ง นา ทุก ปี"),
                folder("b", "ทุก ปี ชาวนา ปลูก ข้าว ที่ ทุ่ง นา"), folder("c", "ที่ ทุ่ง นา ทุก ปี ชาวนา ปลูก ข้าว"));
        Corpus forward = Corpus.create(tmp.resolve("forward"), "forward");
        Corpus backward = Corpus.create(tmp.resolve("backward"), "backward");
        for (int i = 0; i < folders.size(); i++) {
            forward.importFrom(ImportOptions.of(List.of(folders.get(i))), null);
            backward.importFrom(ImportOptions.of(List.of(folders.get(folders.size() - 1 - i))), null);
        }
        SearchResult one = forward.search(new SearchRequest("ชาวนา", "th", List.of(), 10));
        SearchResult other = backward.search(new SearchRequest("ชาวนา", "th", List.of(), 10));

        assertThat(one.total()).isEqualTo(3);
        float score = one.hits().get(0).score();
        assertThat(score).isPositive();
        assertThat(one.hits()).extracting(SearchHit::score).containsOnly(score);
        List<String> ids = one.hits().stream().map(SearchHit::id).toList();
        assertThat(ids).isSorted();
        assertThat(other.hits()).extracting(SearchHit::id).containsExactlyElementsOf(ids);
    }

    private Path folder(String name, String text) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve(name + ".txt"), text + "\n");
        return dir;
    }
}
