package org.seacorpus.corpus.pipeline;

/**
 * What a running pipeline tells whoever shows progress: a step starts (with its size when known), advances, ends.
 * Calls may come from worker threads; implementations are thread-safe and cheap (no I/O on the caller's thread).
 */
public interface PipelineProgress {
    PipelineProgress NONE = new PipelineProgress() {
        @Override
        public void start(String step, long total) {
        }

        @Override
        public void advance(long done, String detail) {
        }

        @Override
        public void end(String summary) {
        }
    };

    /** A step starts; {@code total} units (files, rows) or -1 when unknown. */
    void start(String step, long total);

    /** {@code done} units so far, and a short detail such as "120 documents, 2 failed". */
    void advance(long done, String detail);

    /** The step ended; {@code summary} is a short note on what it did (the full figures are in the report). */
    void end(String summary);
}
