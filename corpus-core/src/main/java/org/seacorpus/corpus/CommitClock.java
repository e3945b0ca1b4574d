package org.seacorpus.corpus;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * When an import checkpoints: every {@code every} documents written, and at the latest {@code interval} after the
 * last checkpoint once something is written, so that a killed import loses a bounded amount of work however large
 * {@code every} is (before, 2,380 of 2,401 files read and nothing kept). Thread-safe: of several writers that see
 * the interval pass, one is told to checkpoint.
 */
final class CommitClock {
    private final int every;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong lastCommit;

    CommitClock(int every, Duration interval) {
        this(every, interval, System::nanoTime);
    }

    CommitClock(int every, Duration interval, LongSupplier nanoTime) {
        this.every = every;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
        this.lastCommit = new AtomicLong(nanoTime.getAsLong());
    }

    /** Counts one document written; true when the caller should checkpoint now. */
    boolean written() {
        return written.incrementAndGet() % every == 0 | intervalPassed();
    }

    /** True for one caller once the interval has passed since the last checkpoint. */
    boolean intervalPassed() {
        long last = lastCommit.get();
        long now = nanoTime.getAsLong();
        return now - last >= intervalNanos && lastCommit.compareAndSet(last, now);
    }

    /** A checkpoint just completed. */
    void committed() {
        lastCommit.set(nanoTime.getAsLong());
    }
}
