package org.seacorpus.corpus.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seacorpus.config.PipelineConfig;
import org.seacorpus.search.CorpusHealth;

/** Each check against figures that pass it, figures that fail it, and an empty corpus. */
class CheckRunnerTest {
    private static final CorpusHealth HEALTH = new CorpusHealth(25, Map.of("ok", 20L, "duplicate", 3L,
            "rejected", 2L), Map.of("th", 12L, "lo", 5L, "km", 3L), 1);

    private static PipelineConfig.CheckSettings checks(List<String> required, PipelineConfig.MinDocuments min,
                                                       Double duplicates, Integer failed, Double quality) {
        return new PipelineConfig.CheckSettings(required, min, duplicates, failed, quality, null);
    }

    @Test
    void noChecksConfiguredMeansNoResults() {
        assertThat(CheckRunner.run(checks(null, null, null, null, null), HEALTH, 0)).isEmpty();
    }

    @Test
    void requiredLanguagesNeedAnOkDocumentEach() {
        CheckResult pass = CheckRunner.run(checks(List.of("th", "km"), null, null, null, null), HEALTH, 0).get(0);
        assertThat(pass.status()).isEqualTo(CheckResult.PASSED);
        CheckResult fail = CheckRunner.run(checks(List.of("th", "my", "shn"), null, null, null, null), HEALTH, 0)
                .get(0);
        assertThat(fail.failed()).isTrue();
        assertThat(fail.message()).isEqualTo("no ok documents in my, shn (required: th, my, shn)");
        assertThat(fail.actual()).isEqualTo(Map.of("th", 12L, "my", 0L, "shn", 0L));
    }

    @Test
    void minimumDocumentsPerLanguageInBothForms() {
        CheckResult each = CheckRunner.run(checks(List.of("th", "lo", "km"), PipelineConfig.MinDocuments.of(5), null,
                null, null), HEALTH, 0).get(1);
        assertThat(each.failed()).isTrue();
        assertThat(each.message()).isEqualTo("too few ok documents: km has 3 < 5");
        CheckResult map = CheckRunner.run(checks(null, PipelineConfig.MinDocuments.of(Map.of("th", 10, "lo", 5)),
                null, null, null), HEALTH, 0).get(0);
        assertThat(map.status()).isEqualTo(CheckResult.PASSED);
    }

    @Test
    void duplicateRateCountsMarkedDuplicatesAndUnmarkedCopies() {
        // (3 marked + 1 unmarked copy) / (20 ok + 3 duplicate)
        CheckResult pass = CheckRunner.run(checks(null, null, 0.2, null, null), HEALTH, 0).get(0);
        assertThat(pass.status()).isEqualTo(CheckResult.PASSED);
        assertThat((double) pass.actual()).isEqualTo(0.173913);
        CheckResult fail = CheckRunner.run(checks(null, null, 0.1, null, null), HEALTH, 0).get(0);
        assertThat(fail.message()).isEqualTo("duplicate rate 0.1739 (3 marked duplicate + 1 unmarked exact copies "
                + "of 23 documents) above the maximum 0.1000");
    }

    @Test
    void failedInputsAreCountedAgainstTheMaximum() {
        assertThat(CheckRunner.run(checks(null, null, null, 2, null), HEALTH, 2).get(0).status())
                .isEqualTo(CheckResult.PASSED);
        assertThat(CheckRunner.run(checks(null, null, null, 2, null), HEALTH, 3).get(0).message())
                .isEqualTo("3 failed inputs above the maximum 2");
    }

    @Test
    void theQualityCheckIsNotAvailableRatherThanGuessed() {
        CheckResult quality = CheckRunner.run(checks(null, null, null, null, 0.9), HEALTH, 0).get(0);
        assertThat(quality.status()).isEqualTo(CheckResult.NOT_AVAILABLE);
        assertThat(quality.actual()).isNull();
        assertThat(quality.failed()).isFalse();
    }

    @Test
    void anEmptyCorpusFailsWhatNeedsDocumentsAndPassesTheRest() {
        CorpusHealth empty = new CorpusHealth(0, Map.of(), Map.of(), 0);
        List<CheckResult> results = CheckRunner.run(checks(List.of("th"), PipelineConfig.MinDocuments.of(1), 0.0, 0,
                null), empty, 0);
        assertThat(results).extracting(CheckResult::status).containsExactly(CheckResult.FAILED, CheckResult.FAILED,
                CheckResult.PASSED, CheckResult.PASSED);
    }
}
