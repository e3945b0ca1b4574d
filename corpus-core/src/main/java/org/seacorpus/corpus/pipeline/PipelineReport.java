package org.seacorpus.corpus.pipeline;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The report of one {@code corpus run}: one JSON object, printed with {@code --json} and kept in {@code runs/}.
 * Field names are a contract for CI scripts: add fields freely, never rename one.
 *
 * @param job        always {@code run}
 * @param pipeline   the pipeline file
 * @param name       the pipeline's name
 * @param corpus     the corpus home
 * @param dryRun     nothing was written; counts say what would be done
 * @param passed     every check passed and every step finished
 * @param exitCode   0 passed, 1 a check or a step failed
 * @param importStep the import (key {@code import})
 * @param dedupe     the dedupe step
 * @param export     the export step
 * @param checks     each check with its numbers
 * @param failures   everything that failed, with path and reason
 * @param warnings   things worth a look that fail nothing
 * @param settings   the reserved sections (normalization, langid, dedupe, quality) as given, for the record
 */
public record PipelineReport(String job, String pipeline, String name, String corpus, String startedAt,
                             long durationMs, boolean dryRun, boolean passed, int exitCode,
                             @JsonProperty("import") ImportStepReport importStep, StepReport dedupe,
                             ExportStepReport export, List<CheckResult> checks, List<Failure> failures,
                             List<String> warnings, Map<String, Object> settings) {

    /**
     * The import step. File counts: {@code files} found; {@code files_new}, {@code files_changed},
     * {@code files_unchanged} (skipped without reading), {@code files_missing} (in the ledger, gone now).
     * Document counts as {@code corpus import} reports them; {@code unchanged} includes the documents of skipped
     * files. {@code stale_documents}: documents a changed file no longer yields.
     */
    public record ImportStepReport(String status, long durationMs, long files, long filesNew, long filesChanged,
                                   long filesUnchanged, long filesMissing, long inputs, long added, long updated,
                                   long unchanged, long failed, long staleDocuments, long markedMissing,
                                   long restored, Map<String, Long> byLanguage, List<SourceReport> sources,
                                   List<MissingInput> missing) {
    }

    /** One source of the pipeline file. */
    public record SourceReport(String name, List<String> paths, long files, long filesNew, long filesChanged,
                               long filesUnchanged, long filesMissing, long added, long updated, long unchanged,
                               long failed, long durationMs) {
    }

    /** A file the ledger knows that this run did not find, and what was done about its documents. */
    public record MissingInput(String source, String path, long documents, String missingSince, boolean marked) {
    }

    /** A step that ran, was skipped or is not available: {@code status} and a message in words. */
    public record StepReport(String status, String message, long durationMs) {
    }

    /** The export step: one entry per target. */
    public record ExportStepReport(String status, long durationMs, List<ExportTargetReport> targets) {
    }

    /**
     * One export target. {@code status}: {@code written}, {@code up_to_date} (the corpus and the options did
     * not change since the last export there), {@code would_write} (dry run) or {@code failed}.
     */
    public record ExportTargetReport(String out, String status, long rows, int files, String manifest,
                                     String error, long durationMs) {
    }

    /** Something that failed: the step, the input path, the part (archive entry, dataset row) and why. */
    public record Failure(String step, String path, String part, String reason, boolean repeated) {
    }
}
