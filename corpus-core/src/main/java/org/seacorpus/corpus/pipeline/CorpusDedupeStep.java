package org.seacorpus.corpus.pipeline;

import java.util.Locale;
import java.util.Map;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.dedupe.DedupeOptions;
import org.seacorpus.dedupe.DedupeReport;
import org.seacorpus.dedupe.KeepPolicy;

/**
 * The pipeline's dedupe step: {@link Corpus#dedupe} with the pipeline file's {@code dedupe:} settings
 * ({@code exact}, {@code near}, {@code lines}: booleans; {@code threshold}: Jaccard; {@code keep}:
 * first|longest|best-quality). Incremental like {@code corpus dedupe}: a second run compares only new documents.
 */
final class CorpusDedupeStep {
    /** Runs dedupe on the corpus; in a dry run nothing is written and the report says what would change. */
    PipelineReport.StepReport run(Corpus corpus, Map<String, Object> settings, boolean dryRun) {
        DedupeOptions options = DedupeOptions.DEFAULTS
                .withKinds(flag(settings, "exact"), flag(settings, "near"), flag(settings, "lines"))
                .withDryRun(dryRun);
        Object threshold = settings.get("threshold");
        if (threshold != null) {
            options = options.withThreshold(Double.parseDouble(threshold.toString()));
        }
        Object keep = settings.get("keep");
        if (keep != null) {
            options = options.withKeep(KeepPolicy.parse(keep.toString()));
        }
        DedupeReport report = corpus.dedupe(options, null);
        String message = String.format(Locale.ROOT, "%d documents, %d clusters, %d duplicates%s", report.documents(),
                report.clusters(), report.duplicates(), dryRun ? " (dry run: nothing marked)" : "");
        return new PipelineReport.StepReport(dryRun ? "dry_run" : "done", message, report.durationMs());
    }

    private static boolean flag(Map<String, Object> settings, String key) {
        Object value = settings.get(key);
        return value == null || Boolean.parseBoolean(value.toString());
    }
}
