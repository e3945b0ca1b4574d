package org.seacorpus.corpus;

import java.util.concurrent.atomic.AtomicLong;

/** Lets one of many threads report progress at most once per interval. Thread-safe. */
final class ProgressThrottle {
    private final AtomicLong last = new AtomicLong(System.nanoTime());
    private volatile long everyNanos;

    ProgressThrottle(long everyNanos) {
        this.everyNanos = everyNanos;
    }

    void every(long nanos) {
        this.everyNanos = nanos;
    }

    /** A report was just given: the interval starts again. */
    void reported() {
        last.set(System.nanoTime());
    }

    /** True for the one caller that should report now. */
    boolean due() {
        long now = System.nanoTime();
        long before = last.get();
        return now - before >= everyNanos && last.compareAndSet(before, now);
    }
}
