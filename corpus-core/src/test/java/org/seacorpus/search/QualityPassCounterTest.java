package org.seacorpus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;

/** What passes the quality filter, counted on an empty corpus, on a Khmer article and a Khmer menu, and by time. */
class QualityPassCounterTest {
    @TempDir
    Path tmp;

    @Test
    void anEmptyCorpusHasNothingToRate() {
        QualityPassCounter.Counts counts = Corpus.create(tmp.resolve("corpus"), "empty").qualityPass(null, 0);
        assertThat(counts.recent()).isEmpty();
        assertThat(counts.all()).isEmpty();
        assertThat(QualityPassCounter.Counts.total(counts.all()).rate()).isEqualTo(1.0);
    }

    @Test
    void anArticlePassesAMenuDoesNotAndOverridesAndTimeAreHonoured() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path khmer = Path.of("..", "sample-data", "km").toAbsolutePath().normalize();
        Files.copy(khmer.resolve(first()), in.resolve("a.txt"));
        Files.writeString(in.resolve("menu.txt"), "ទំព័រដើម\nព័ត៌មាន\nទំនាក់ទំនង\nទំព័រដើម\n");
        Corpus corpus = Corpus.create(tmp.resolve("corpus"), "km");
        corpus.importFrom(ImportOptions.of(List.of(in)), p -> { });
        QualityPassCounter.Counts counts = corpus.qualityPass(null, Long.MIN_VALUE);
        assertThat(counts.all()).isEqualTo(Map.of("km", new QualityPassCounter.Tally(1, 2)));
        assertThat(counts.recent()).isEqualTo(counts.all());
        assertThat(corpus.qualityPass(null, System.currentTimeMillis() + 60_000).recent()).as("nothing after")
                .isEmpty();
        // a threshold no document meets: nothing passes
        assertThat(corpus.qualityPass(Map.of("*", Map.of("min_words", "100000")), Long.MIN_VALUE).all())
                .isEqualTo(Map.of("km", new QualityPassCounter.Tally(0, 2)));
    }

    private static String first() throws Exception {
        try (var files = Files.list(Path.of("..", "sample-data", "km").toAbsolutePath().normalize())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().findFirst()
                    .orElseThrow();
        }
    }
}
