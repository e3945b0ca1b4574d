package org.seacorpus.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.corpus.Corpus;
import org.seacorpus.corpus.ImportOptions;
import org.seacorpus.document.Document;
import org.seacorpus.index.Fields;

/** Signals measured at import, stored, read back, and summed up by {@code corpus stats quality}. */
class QualityStatsTest {
    private static final Path SAMPLE_DATA = Path.of("..", "sample-data").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void importStoresTheSignalsAndStatsShowTheirDistributionAndWhatEachRuleRemoves() throws Exception {
        Corpus corpus = Corpus.create(tmp.resolve("c"), "q");
        Path junk = tmp.resolve("in/junk.txt");
        Files.createDirectories(junk.getParent());
        Files.writeString(junk, "ໜ້າຫຼັກ\nຂ່າວ\n".repeat(20), StandardCharsets.UTF_8);
        corpus.importFrom(ImportOptions.of(List.of(SAMPLE_DATA.resolve("lo"), SAMPLE_DATA.resolve("km"),
                junk)).withThreads(1), null);

        List<Document> changed = new java.util.ArrayList<>();
        corpus.rewrite("look", new TermQuery(new Term(Fields.LANG, "lo")), d -> {
            changed.add(d);
            return d;
        }, true, null);
        assertThat(changed).hasSize(4).allSatisfy(d -> {
            QualitySignals s = d.annotation(QualitySignals.class).orElseThrow();
            assertThat(s.version()).isEqualTo(QualityAnalyzer.VERSION);
            assertThat(s.get(Signal.WORDS)).isEqualTo(d.counts().words());
            assertThat(s.get(Signal.CHARS)).isEqualTo(d.counts().chars());
        });

        QualityReport report = corpus.qualityStats(List.of(), null);
        assertThat(report.languages()).containsOnlyKeys("km", "lo");
        QualityReport.Language lao = report.languages().get("lo");
        assertThat(lao.documents()).isEqualTo(4);
        assertThat(lao.measuredNow()).isZero();
        assertThat(lao.removed()).isEqualTo(1);
        assertThat(lao.rules().get("max_dup_lines").removes()).isEqualTo(1);
        assertThat(lao.rules().get("max_dup_lines").threshold()).isEqualTo(0.327);
        QualityReport.Distribution words = lao.signals().get("words");
        assertThat(words.min()).isLessThan(words.p50());
        assertThat(words.p50()).isLessThanOrEqualTo(words.max());
        assertThat(words.sample()).isEqualTo(4);
        assertThat(lao.source()).isEqualTo("FineWeb-2 configs/lao_Laoo.yml");

        QualityReport relaxed = corpus.qualityStats(List.of("lo"), Map.of("lo", Map.of("max_dup_lines", 1.0,
                "max_dup_line_chars", 1.0, "max_top2gram", 1.0, "max_top3gram", 1.0, "max_top4gram", 1.0,
                "max_dup5gram", 1.0, "max_dup6gram", 1.0, "max_dup7gram", 1.0, "max_dup8gram", 1.0,
                "max_dup9gram", 1.0)));
        assertThat(relaxed.languages()).containsOnlyKeys("lo");
        assertThat(relaxed.languages().get("lo").rules().get("max_dup_lines").removes()).isZero();
    }

    @Test
    void anEmptyCorpusHasNoLanguages() {
        Corpus corpus = Corpus.create(tmp.resolve("empty"), "e");
        assertThat(corpus.qualityStats(List.of(), null).languages()).isEmpty();
    }
}
