package org.seacorpus.spark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * {@code JOB … --then JOB …}: a chain whose parts are not jobs is refused before any Spark session starts, with a
 * message that says what to write. (The chain itself runs in the standalone-cluster test, four jobs in one
 * application.)
 */
class JobChainTest {
    @Test
    void aThenWithoutAJobIsAUsageError() {
        assertThat(stderrOf(2, "prepare", "--out", "target/never", "sample-data", "--then", "--overwrite"))
                .contains("--then must be followed by a job");
        assertThat(stderrOf(2, "prepare", "--out", "target/never", "sample-data", "--then"))
                .contains("--then must be followed by a job");
    }

    private static String stderrOf(int expectedCode, String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(CorpusSparkCommand.run(args)).isEqualTo(expectedCode);
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
