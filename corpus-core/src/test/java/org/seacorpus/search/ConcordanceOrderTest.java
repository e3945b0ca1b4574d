package org.seacorpus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;

/**
 * An unsorted concordance shows the same lines in the same order however the documents landed in the index:
 * two corpora get the same Vietnamese and Indonesian texts, imported one by one in opposite orders (so their
 * index orders are reversed), and their first lines must agree, in id order, then text order.
 */
class ConcordanceOrderTest {
    private static final List<String> TEXTS = List.of(
            "Nông dân trồng lúa trên cánh đồng. Lúa chín vàng vào tháng mười.",
            "Mùa này lúa được giá, nông dân vui. Họ bán lúa cho hợp tác xã.",
            "Trẻ em đi học sớm. Sau giờ học các em ra đồng giúp bố mẹ gặt lúa.",
            "Petani menanam padi di sawah. Padi menguning pada bulan Oktober.",
            "Người ta phơi lúa trên sân gạch trước nhà, lúa khô thì đem xay.",
            "Chợ phiên họp mỗi sáng chủ nhật; gạo mới bán chạy nhất.");

    @TempDir
    Path tmp;

    @Test
    void unsortedLinesFollowIdsThenPositionsNotTheIndexOrder() throws Exception {
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            folders.add(folder(i));
        }
        Corpus forward = Corpus.create(tmp.resolve("forward"), "forward");
        Corpus backward = Corpus.create(tmp.resolve("backward"), "backward");
        for (int i = 0; i < folders.size(); i++) {
            forward.importFrom(ImportOptions.of(List.of(folders.get(i))), null);
            backward.importFrom(ImportOptions.of(List.of(folders.get(folders.size() - 1 - i))), null);
        }
        // 4 documents hold 7 hits of lúa; 5 lines are asked: the cut falls inside a document
        KwicResult one = forward.analysis().concordance(request(5));
        KwicResult other = backward.analysis().concordance(request(5));

        assertThat(one.hits()).isEqualTo(7);
        assertThat(one.documents()).isEqualTo(4);
        assertThat(one.lines()).hasSize(5);
        assertThat(lines(other)).containsExactlyElementsOf(lines(one));
        List<String> ids = one.lines().stream().map(KwicLine::id).toList();
        assertThat(ids).isSorted();
        for (int i = 1; i < one.lines().size(); i++) {
            KwicLine before = one.lines().get(i - 1);
            KwicLine line = one.lines().get(i);
            if (before.id().equals(line.id())) {
                assertThat(line.start()).isGreaterThan(before.start());
            }
        }
        // every line: the first 5 of all 7 in the same order
        KwicResult all = forward.analysis().concordance(request(100));
        assertThat(lines(all).subList(0, 5)).containsExactlyElementsOf(lines(one));
        assertThat(lines(backward.analysis().concordance(request(100)))).containsExactlyElementsOf(lines(all));
    }

    @Test
    void sortedLinesThatTieKeepIdOrderInBothCorpora() throws Exception {
        Corpus forward = Corpus.create(tmp.resolve("forward"), "forward");
        Corpus backward = Corpus.create(tmp.resolve("backward"), "backward");
        for (int i = 0; i < TEXTS.size(); i++) {
            forward.importFrom(ImportOptions.of(List.of(folder(i))), null);
            backward.importFrom(ImportOptions.of(List.of(folder(TEXTS.size() - 1 - i))), null);
        }
        // "lúa trên" twice, in two documents: a tie on the first word to the right
        KwicResult one = forward.analysis().concordance(sorted("1R"));
        KwicResult other = backward.analysis().concordance(sorted("1R"));

        assertThat(lines(other)).containsExactlyElementsOf(lines(one));
        List<KwicLine> tied = one.lines().stream().filter(l -> !l.rightWords().isEmpty() && l.rightWords().get(0).equals("trên")).toList();
        assertThat(tied).hasSize(2);
        assertThat(tied.get(0).id()).isLessThan(tied.get(1).id());
    }

    private Path folder(int i) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in" + i));
        Files.writeString(dir.resolve("t" + i + ".txt"), TEXTS.get(i) + "\n");
        return dir;
    }

    private static KwicRequest sorted(String keys) {
        return new KwicRequest(new SearchRequest("lúa", "vi", List.of(), 10), 3, false, keys, 10, 0);
    }

    private static KwicRequest request(int limit) {
        return new KwicRequest(new SearchRequest("lúa", "vi", List.of(), limit), 3, false, null, limit, 0);
    }

    private static List<String> lines(KwicResult result) {
        return result.lines().stream().map(l -> l.id() + "@" + l.start() + " " + l.left() + " [" + l.hit() + "] "
                + l.right()).toList();
    }
}
