package org.seacorpus.spark;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The report a job writes beside its output as {@code report.json}, in the shape of {@code corpus run}'s report:
 * the same keys ({@code import}, {@code dedupe}, {@code export}, {@code failures}) holding the same records the CLI
 * reports, plus the Spark run it came from. Steps a job does not run are left out.
 *
 * @param job           {@code prepare}, {@code dedupe}, {@code export} or {@code index}
 * @param input         the folder the job read (the previous job's output), or the inputs of prepare
 * @param out           the output folder
 * @param spark         master, application id and default parallelism of the run
 * @param failures      every input or part that failed (also in {@code failures.jsonl}), at most
 *                      {@value #LISTED_FAILURES}
 * @param failuresTotal failures in all
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobReport(String job, String startedAt, long durationMs, boolean passed, int exitCode,
                        List<String> input, String out, Map<String, Object> spark,
                        @JsonProperty("import") Object importStep, Object dedupe, Object export, Object index,
                        List<Failure> failures, long failuresTotal) {
    /** Failures listed in the report; all of them are in the failures dataset. */
    public static final int LISTED_FAILURES = 1000;

    /**
     * Something that failed: the step, the input path, the part (archive entry, dataset row), why, and what sort of
     * failure it is ({@code input}, {@code too_large}, {@code no_documents}, {@code internal}, as in
     * {@code corpus import --json}).
     */
    public record Failure(String step, String path, String part, String reason, String kind) {
    }
}
