package org.seacorpus.corpus.pipeline;

/**
 * The outcome of one check: {@code passed}, {@code failed} or {@code not_available} (the build cannot evaluate
 * it yet), with the limit and the measured value, and a sentence that says both.
 *
 * @param check    the key in the pipeline file, e.g. {@code max_duplicate_rate}
 * @param status   passed, failed or not_available
 * @param expected the limit as configured
 * @param actual   what was measured (null when not available)
 * @param message  the numbers in words
 */
public record CheckResult(String check, String status, Object expected, Object actual, String message) {
    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    public static final String NOT_AVAILABLE = "not_available";

    static CheckResult of(String check, boolean passed, Object expected, Object actual, String message) {
        return new CheckResult(check, passed ? PASSED : FAILED, expected, actual, message);
    }

    public boolean failed() {
        return FAILED.equals(status);
    }
}
