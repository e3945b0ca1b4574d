package org.seacorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** How progress is shown: the decision (terminal, CI log, quiet, override) and the plain lines for CI logs. */
class ProgressDisplayTest {
    @Test
    void aTerminalGetsABarAPipeGetsLinesAndQuietGetsNothing() {
        assertThat(ProgressDisplay.decide(false, true, null)).isEqualTo(ProgressDisplay.Mode.BAR);
        assertThat(ProgressDisplay.decide(false, false, null)).isEqualTo(ProgressDisplay.Mode.LINES);
        assertThat(ProgressDisplay.decide(true, true, null)).isEqualTo(ProgressDisplay.Mode.NONE);
        assertThat(ProgressDisplay.decide(true, false, "bar")).as("-q wins").isEqualTo(ProgressDisplay.Mode.NONE);
        assertThat(ProgressDisplay.decide(false, true, "lines")).isEqualTo(ProgressDisplay.Mode.LINES);
        assertThat(ProgressDisplay.decide(false, false, "none")).isEqualTo(ProgressDisplay.Mode.NONE);
        assertThat(ProgressDisplay.decide(false, false, "sparkles")).isEqualTo(ProgressDisplay.Mode.LINES);
        assertThat(ProgressDisplay.decide(false, true, "")).isEqualTo(ProgressDisplay.Mode.BAR);
    }

    @Test
    void plainLinesSayWhatMovedAndStaySilentWhenNothingDid() {
        StringWriter err = new StringWriter();
        try (ProgressDisplay display = new ProgressDisplay(ProgressDisplay.Mode.LINES, new PrintWriter(err), 0)) {
            display.start("import", 10);
            display.advance(3, "7 documents, 0 failed");
            display.tick();
            display.tick(); // nothing moved: no line
            display.advance(10, "25 documents, 1 failed");
            display.tick();
            display.end("10 files: 10 new");
            display.start("export", -1);
            display.advance(1, "");
            display.tick();
        }
        assertThat(err.toString().lines()).hasSize(6);
        assertThat(err.toString().lines().toList().subList(0, 3)).containsExactly(
                "import: started (10 files)",
                "import: 3/10 files (30%), 7 documents, 0 failed",
                "import: 10/10 files (100%), 25 documents, 1 failed");
        assertThat(err.toString().lines().toList().get(3)).matches("import: done in \\d+\\.\\d s: 10 files: 10 new");
        assertThat(err.toString().lines().toList().subList(4, 6)).containsExactly("export: started", "export: 1 target");
    }

    @Test
    void quietShowsNothingAtAll() {
        StringWriter err = new StringWriter();
        try (ProgressDisplay display = new ProgressDisplay(ProgressDisplay.Mode.NONE, new PrintWriter(err), 1)) {
            display.start("import", 5);
            display.advance(5, "5 documents");
            display.tick();
            display.end("done");
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anEmptyStepPrintsItsStartAndItsEnd() {
        StringWriter err = new StringWriter();
        try (ProgressDisplay display = new ProgressDisplay(ProgressDisplay.Mode.LINES, new PrintWriter(err), 0)) {
            display.start("import", 0);
            display.end("");
        }
        assertThat(err.toString().lines()).hasSize(2).first().isEqualTo("import: started");
        assertThat(err.toString().lines().toList().get(1)).matches("import: done in \\d+\\.\\d s");
    }
}
