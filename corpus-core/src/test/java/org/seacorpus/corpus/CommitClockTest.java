package org.seacorpus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Checkpoints come by count and, whatever the count, at least once per interval while documents are written. */
@Tag("reliability")
class CommitClockTest {
    @Test
    void aCommitIsDueEveryNDocumentsAndOncePerIntervalPassed() {
        AtomicLong now = new AtomicLong();
        CommitClock clock = new CommitClock(1_000, Duration.ofSeconds(30), now::get);
        assertThat(clock.written()).isFalse();
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(clock.written()).isFalse();
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(clock.written()).isTrue(); // 31 s after the start: due, though only 3 documents were written
        assertThat(clock.written()).isFalse(); // one caller is told, not every writer after it
        clock.committed();
        for (int i = 5; i < 1_000; i++) {
            assertThat(clock.written()).isFalse();
        }
        assertThat(clock.written()).isTrue(); // the 1,000th
    }
}
