package org.seacorpus.corpus.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seacorpus.config.PipelineConfig;
import org.seacorpus.search.CorpusHealth;
import org.seacorpus.search.QualityPassCounter;

/** Each check against figures that pass it, figures that fail it, and an empty corpus. */
class CheckRunnerTest {
    private static final CorpusHealth HEALTH = new CorpusHealth(25, Map.of("ok", 20L, "duplicate", 3L,
            "rejected", 2L), Map.of("th", 12L, "lo", 5L, "km", 3L), 1);

    private static PipelineConfig.CheckSettings checks(List<String> required, PipelineConfig.MinDocuments min,
                                                       Double duplicates, Integer failed,
                                                       PipelineConfig.QualityPassRate quality) {
        return new PipelineConfig.CheckSettings(required, min, duplicates, failed, quality, null);
    }

    private static List<CheckResult> run(PipelineConfig.CheckSettings checks, CorpusHealth health, long failed) {
        return CheckRunner.run(checks, health, failed, () -> {
            throw new AssertionError("the quality pass rate is counted only when its check is set");
        }, null);
    }

    private static Map<String, QualityPassCounter.Tally> tallies(long... passedTotal) {
        String[] langs = {"id", "th", "vi"};
        Map<String, QualityPassCounter.Tally> out = new java.util.TreeMap<>();
        for (int i = 0; i < passedTotal.length; i += 2) {
            out.put(langs[i / 2], new QualityPassCounter.Tally(passedTotal[i], passedTotal[i + 1]));
        }
        return out;
    }

    private static CheckResult quality(PipelineConfig.QualityPassRate limit, QualityPassCounter.Counts counts,
                                       Instant since) {
        return CheckRunner.run(checks(null, null, null, null, limit), HEALTH, 0, () -> counts, since).get(0);
    }

    @Test
    void noChecksConfiguredMeansNoResults() {
        assertThat(run(checks(null, null, null, null, null), HEALTH, 0)).isEmpty();
    }

    @Test
    void requiredLanguagesNeedAnOkDocumentEach() {
        CheckResult pass = run(checks(List.of("th", "km"), null, null, null, null), HEALTH, 0).get(0);
        assertThat(pass.status()).isEqualTo(CheckResult.PASSED);
        CheckResult fail = run(checks(List.of("th", "my", "shn"), null, null, null, null), HEALTH, 0)
                .get(0);
        assertThat(fail.failed()).isTrue();
        assertThat(fail.message()).isEqualTo("no ok documents in my, shn (required: th, my, shn)");
        assertThat(fail.actual()).isEqualTo(Map.of("th", 12L, "my", 0L, "shn", 0L));
    }

    @Test
    void minimumDocumentsPerLanguageInBothForms() {
        CheckResult each = run(checks(List.of("th", "lo", "km"), PipelineConfig.MinDocuments.of(5), null,
                null, null), HEALTH, 0).get(1);
        assertThat(each.failed()).isTrue();
        assertThat(each.message()).isEqualTo("too few ok documents: km has 3 < 5");
        CheckResult map = run(checks(null, PipelineConfig.MinDocuments.of(Map.of("th", 10, "lo", 5)),
                null, null, null), HEALTH, 0).get(0);
        assertThat(map.status()).isEqualTo(CheckResult.PASSED);
    }

    @Test
    void duplicateRateCountsMarkedDuplicatesAndUnmarkedCopies() {
        // (3 marked + 1 unmarked copy) / (20 ok + 3 duplicate)
        CheckResult pass = run(checks(null, null, 0.2, null, null), HEALTH, 0).get(0);
        assertThat(pass.status()).isEqualTo(CheckResult.PASSED);
        assertThat((double) pass.actual()).isEqualTo(0.173913);
        CheckResult fail = run(checks(null, null, 0.1, null, null), HEALTH, 0).get(0);
        assertThat(fail.message()).isEqualTo("duplicate rate 0.1739 (3 marked duplicate + 1 unmarked exact copies "
                + "of 23 documents) above the maximum 0.1000");
    }

    @Test
    void failedInputsAreCountedAgainstTheMaximum() {
        assertThat(run(checks(null, null, null, 2, null), HEALTH, 2).get(0).status())
                .isEqualTo(CheckResult.PASSED);
        assertThat(run(checks(null, null, null, 2, null), HEALTH, 3).get(0).message())
                .isEqualTo("3 failed inputs above the maximum 2");
    }

    @Test
    void theQualityPassRateOfTheBatchIsComparedWithTheMinimum() {
        // batch: id 1 of 6 pass, th 4 of 6; corpus: 40 of 50
        QualityPassCounter.Counts counts = new QualityPassCounter.Counts(tallies(1, 6, 4, 6),
                tallies(20, 25, 20, 25));
        Instant since = Instant.parse("2026-11-28T02:00:00Z");
        CheckResult failed = quality(PipelineConfig.QualityPassRate.of(0.8), counts, since);
        assertThat(failed.failed()).isTrue();
        assertThat(failed.expected()).isEqualTo(0.8);
        assertThat(failed.message()).isEqualTo("quality pass rate 0.4167: 5 of 12 documents added or updated since "
                + "the last passing check (2026-11-28T02:00:00Z) pass the quality filter; below the minimum: all "
                + "0.4167 < 0.8000; by language: id 1/6, th 4/6; whole corpus 0.8000 (40 of 50)");
        Map<?, ?> actual = (Map<?, ?>) failed.actual();
        assertThat(actual.get("passed")).isEqualTo(5L);
        assertThat(actual.get("total")).isEqualTo(12L);
        assertThat(actual.get("rate")).isEqualTo(0.416667);
        assertThat(actual.get("scope")).isEqualTo("since_last_pass");
        assertThat(((Map<?, ?>) actual.get("by_language")).get("id")).isEqualTo(Map.of("passed", 1L, "total", 6L,
                "rate", 0.166667));
        assertThat(QualityCheck.ratedAndPassed(failed)).isFalse();

        CheckResult passed = quality(PipelineConfig.QualityPassRate.of(0.4), counts, since);
        assertThat(passed.status()).isEqualTo(CheckResult.PASSED);
        assertThat(passed.message()).contains("within the minimum 0.4000");
        assertThat(QualityCheck.ratedAndPassed(passed)).isTrue();
    }

    @Test
    void perLanguageMinimumsNameTheLanguagesBelowThem() {
        QualityPassCounter.Counts counts = new QualityPassCounter.Counts(tallies(1, 6, 4, 6), tallies(1, 6, 4, 6));
        CheckResult result = quality(PipelineConfig.QualityPassRate.of(Map.of("th", 0.5, "id", 0.5, "vi", 0.9)),
                counts, null);
        assertThat(result.failed()).isTrue();
        assertThat(result.expected()).isEqualTo(new java.util.TreeMap<>(Map.of("th", 0.5, "id", 0.5, "vi", 0.9)));
        assertThat(result.message()).contains("documents in the corpus (no earlier run passed this check)")
                .contains("below the minimum: id 0.1667 (1 of 6) < 0.5000;").doesNotContain("th 0.6667")
                .doesNotContain("vi 0");
        assertThat(((Map<?, ?>) result.actual()).get("scope")).isEqualTo("corpus");
    }

    @Test
    void anEmptyBatchHasNothingToRateAndPasses() {
        QualityPassCounter.Counts counts = new QualityPassCounter.Counts(Map.of(), tallies(3, 4));
        CheckResult result = quality(PipelineConfig.QualityPassRate.of(0.9), counts,
                Instant.parse("2026-11-28T02:00:00Z"));
        assertThat(result.status()).isEqualTo(CheckResult.PASSED);
        assertThat(result.message()).startsWith("no documents added or updated since the last passing check")
                .contains("nothing to rate");
        assertThat(QualityCheck.ratedAndPassed(result)).isFalse();
    }

    @Test
    void withoutACorpusTheQualityCheckIsNotAvailableRatherThanGuessed() {
        CheckResult quality = CheckRunner.run(checks(null, null, null, null, PipelineConfig.QualityPassRate.of(0.9)),
                HEALTH, 0, null, null).get(0);
        assertThat(quality.status()).isEqualTo(CheckResult.NOT_AVAILABLE);
        assertThat(quality.actual()).isNull();
        assertThat(quality.failed()).isFalse();
    }

    @Test
    void anEmptyCorpusFailsWhatNeedsDocumentsAndPassesTheRest() {
        CorpusHealth empty = new CorpusHealth(0, Map.of(), Map.of(), 0);
        List<CheckResult> results = run(checks(List.of("th"), PipelineConfig.MinDocuments.of(1), 0.0, 0,
                null), empty, 0);
        assertThat(results).extracting(CheckResult::status).containsExactly(CheckResult.FAILED, CheckResult.FAILED,
                CheckResult.PASSED, CheckResult.PASSED);
    }
}
