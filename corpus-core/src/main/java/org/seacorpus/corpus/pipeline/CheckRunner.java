package org.seacorpus.corpus.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.seacorpus.config.PipelineConfig;
import org.seacorpus.search.CorpusHealth;
import org.seacorpus.search.QualityPassCounter;

/**
 * Evaluates the checks of a pipeline file on the corpus after the run. Languages count documents with status
 * {@code ok} (what an export writes); the duplicate rate is {@link CorpusHealth#duplicateRate()}; failed inputs
 * are those of this run, including failures still standing for unchanged files; the quality pass rate is
 * {@link QualityCheck}'s. A check that cannot be evaluated is reported {@code not_available}, never guessed.
 */
final class CheckRunner {
    /** Why the quality check cannot be evaluated without a corpus. */
    static final String NO_CORPUS = "the corpus does not exist yet (dry run): there are no documents to rate";

    private CheckRunner() {
    }

    /**
     * @param quality       what passes the quality filter (asked only when the check is set), or null without a
     *                      corpus
     * @param qualitySince  where the quality check's batch starts (see {@link QualityCheck}), or null
     */
    static List<CheckResult> run(PipelineConfig.CheckSettings checks, CorpusHealth health, long failedInputs,
                                 Supplier<QualityPassCounter.Counts> quality, Instant qualitySince) {
        List<CheckResult> results = new ArrayList<>();
        if (!checks.requiredLanguages().isEmpty()) {
            results.add(requiredLanguages(checks.requiredLanguages(), health));
        }
        if (checks.minDocumentsPerLanguage() != null) {
            results.add(minDocuments(checks, health));
        }
        if (checks.maxDuplicateRate() != null) {
            double rate = health.duplicateRate();
            long marked = health.status("duplicate");
            results.add(CheckResult.of("max_duplicate_rate", rate <= checks.maxDuplicateRate(),
                    checks.maxDuplicateRate(), round(rate), String.format(
                            "duplicate rate %.4f (%d marked duplicate + %d unmarked exact copies of %d documents)"
                                    + " %s the maximum %.4f", rate, marked, health.exactCopies(),
                            health.status("ok") + marked, rate <= checks.maxDuplicateRate() ? "within" : "above",
                            checks.maxDuplicateRate())));
        }
        if (checks.maxFailedInputs() != null) {
            boolean ok = failedInputs <= checks.maxFailedInputs();
            results.add(CheckResult.of("max_failed_inputs", ok, checks.maxFailedInputs(), failedInputs,
                    failedInputs + " failed inputs " + (ok ? "within" : "above") + " the maximum "
                            + checks.maxFailedInputs()));
        }
        if (checks.minQualityPassRate() != null) {
            QualityPassCounter.Counts counts = quality == null ? null : quality.get();
            results.add(counts == null ? new CheckResult(QualityCheck.NAME, CheckResult.NOT_AVAILABLE,
                    checks.minQualityPassRate().limit(), null, NO_CORPUS)
                    : QualityCheck.evaluate(checks.minQualityPassRate(), counts, qualitySince));
        }
        return results;
    }

    private static CheckResult requiredLanguages(List<String> required, CorpusHealth health) {
        List<String> absent = required.stream().filter(l -> health.okByLanguage().getOrDefault(l, 0L) == 0).toList();
        Map<String, Long> found = new LinkedHashMap<>();
        required.forEach(l -> found.put(l, health.okByLanguage().getOrDefault(l, 0L)));
        return CheckResult.of("required_languages", absent.isEmpty(), required, found, absent.isEmpty()
                ? "every required language has documents: " + found
                : "no ok documents in " + String.join(", ", absent) + " (required: " + String.join(", ", required)
                + ")");
    }

    private static CheckResult minDocuments(PipelineConfig.CheckSettings checks, CorpusHealth health) {
        PipelineConfig.MinDocuments min = checks.minDocumentsPerLanguage();
        Map<String, Integer> wanted = new TreeMap<>(min.byLanguage());
        if (min.each() != null) {
            checks.requiredLanguages().forEach(l -> wanted.putIfAbsent(l, min.each()));
        }
        Map<String, Long> found = new TreeMap<>();
        List<String> short_ = new ArrayList<>();
        for (Map.Entry<String, Integer> e : wanted.entrySet()) {
            long n = health.okByLanguage().getOrDefault(e.getKey(), 0L);
            found.put(e.getKey(), n);
            if (n < e.getValue()) {
                short_.add(e.getKey() + " has " + n + " < " + e.getValue());
            }
        }
        return CheckResult.of("min_documents_per_language", short_.isEmpty(), wanted, found, short_.isEmpty()
                ? "every language has its minimum of ok documents: " + found
                : "too few ok documents: " + String.join("; ", short_));
    }

    private static double round(double value) {
        return Math.round(value * 1_000_000) / 1_000_000.0;
    }
}
