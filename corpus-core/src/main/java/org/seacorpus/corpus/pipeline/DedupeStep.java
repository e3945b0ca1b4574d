package org.seacorpus.corpus.pipeline;

import java.util.Map;
import java.util.Optional;

import org.seacorpus.corpus.Corpus;

/**
 * The dedupe step of a pipeline, pluggable so the pipeline runs in builds without a dedupe job: it marks
 * duplicates in the corpus (status {@code duplicate}, never deletes) with the settings of the pipeline file's
 * {@code dedupe:} section and says what it did.
 */
public interface DedupeStep {
    /** Runs dedupe on the corpus; in a dry run nothing is written and the report says what would change. */
    PipelineReport.StepReport run(Corpus corpus, Map<String, Object> settings, boolean dryRun);

    /** The dedupe of this build, if it has one. */
    static Optional<DedupeStep> available() {
        return Optional.of(new CorpusDedupeStep());
    }

    /** What the report says when there is none. */
    String NOT_AVAILABLE = "not available: no dedupe step was given, so no duplicates are marked "
            + "(max_duplicate_rate still counts unmarked exact copies by content hash)";
}
