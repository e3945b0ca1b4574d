package org.seacorpus.corpus;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * When an import checkpoints: when the work written since the last checkpoint reaches {@code every} documents or
 * {@code chars} characters of text, and at the latest {@code interval} after the last checkpoint once something is
 * written. The work bounds decide on a loaded machine as on a quiet one, so the number of commits (each flushes every
 * worker's segment, and merges follow) no longer grows with the load; the interval is a floor for slow imports, so
 * that a killed import loses a bounded amount of work however large the bounds are (before any floor, 2,380 of 2,401
 * files were read and nothing kept). Thread-safe: of several writers that see a bound reached, one is told to
 * checkpoint.
 */
final class CommitClock {
    private final long every;
    private final long chars;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    /** Documents and characters written since the last checkpoint. */
    private final AtomicLong documents = new AtomicLong();
    private final AtomicLong text = new AtomicLong();
    private final AtomicLong lastCommit;

    CommitClock(int every, long chars, Duration interval) {
        this(every, chars, interval, System::nanoTime);
    }

    CommitClock(int every, long chars, Duration interval, LongSupplier nanoTime) {
        this.every = every;
        this.chars = chars;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
        this.lastCommit = new AtomicLong(nanoTime.getAsLong());
    }

    /** Counts one document of {@code length} characters written; true when the caller should checkpoint now. */
    boolean written(long length) {
        boolean byCount = documents.incrementAndGet() == every;
        long before = text.getAndAdd(length);
        boolean byText = before < chars && before + length >= chars;
        return byCount | byText | intervalPassed();
    }

    /** True for one caller once the interval has passed since the last checkpoint. */
    boolean intervalPassed() {
        long last = lastCommit.get();
        long now = nanoTime.getAsLong();
        return now - last >= intervalNanos && lastCommit.compareAndSet(last, now);
    }

    /** A checkpoint just completed: the work at risk starts from nothing again. */
    void committed() {
        documents.set(0);
        text.set(0);
        lastCommit.set(nanoTime.getAsLong());
    }
}
