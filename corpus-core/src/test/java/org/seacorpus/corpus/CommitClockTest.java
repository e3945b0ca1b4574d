package org.seacorpus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Checkpoints come by the work written since the last one (documents or characters of text) and, whatever the work,
 * at least once per interval while documents are written.
 */
@Tag("reliability")
class CommitClockTest {
    @Test
    void aCommitIsDueEveryNDocumentsSinceTheLastAndOncePerIntervalPassed() {
        AtomicLong now = new AtomicLong();
        CommitClock clock = new CommitClock(1_000, Long.MAX_VALUE, Duration.ofSeconds(30), now::get);
        assertThat(clock.written(100)).isFalse();
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(clock.written(100)).isFalse();
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(clock.written(100)).isTrue(); // 31 s after the start: due, though only 3 documents were written
        assertThat(clock.written(100)).isFalse(); // one caller is told, not every writer after it
        clock.committed();
        for (int i = 1; i < 1_000; i++) {
            assertThat(clock.written(100)).isFalse();
        }
        assertThat(clock.written(100)).isTrue(); // the 1,000th since the checkpoint, not since the start
        clock.committed();
        for (int i = 1; i < 1_000; i++) {
            assertThat(clock.written(100)).isFalse();
        }
        assertThat(clock.written(100)).isTrue();
    }

    @Test
    void longDocumentsMakeACheckpointDueByTheirText() {
        AtomicLong now = new AtomicLong();
        CommitClock clock = new CommitClock(1_000, 10_000, Duration.ofMinutes(10), now::get);
        assertThat(clock.written(4_000)).isFalse();
        assertThat(clock.written(4_000)).isFalse();
        assertThat(clock.written(4_000)).isTrue(); // 12,000 characters since the start
        assertThat(clock.written(4_000)).isFalse(); // told once
        clock.committed();
        assertThat(clock.written(9_999)).isFalse();
        assertThat(clock.written(1)).isTrue();
    }

    @Test
    void theLoadDoesNotChangeTheCheckpointsOfAFastImport() {
        // the same 120,000 documents of 1,300 characters, written at 1,300 and at 130 documents a second
        for (long nanosPerDocument : new long[] {769_231, 7_692_308}) {
            AtomicLong now = new AtomicLong();
            CommitClock clock = new CommitClock(ImportOptions.DEFAULT_COMMIT_EVERY, ImportOptions.COMMIT_CHARS,
                    ImportOptions.DEFAULT_COMMIT_INTERVAL, now::get);
            int commits = 0;
            for (int d = 0; d < 120_000; d++) {
                now.addAndGet(nanosPerDocument);
                if (clock.written(1_300)) {
                    clock.committed();
                    commits++;
                }
            }
            assertThat(commits).as("%d ns a document", nanosPerDocument).isEqualTo(2);
        }
    }
}
