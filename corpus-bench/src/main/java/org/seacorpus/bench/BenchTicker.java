package org.seacorpus.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints one progress line a minute to stderr while a long measurement runs (wall and CPU seconds, documents
 * done, heap peak and largest live heap so far, load average), so that a run stopped early still leaves figures.
 */
final class BenchTicker implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-ticker");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong done = new AtomicLong(-1);

    BenchTicker(String job, HeapWatcher heap, PrintStream err, long periodSeconds) {
        timer.scheduleAtFixedRate(() -> err.println(String.format(Locale.ROOT,
                "[%s] wall %.0f s, cpu %.1f s, documents %s, peak heap %d MB, max live %d MB, load %.2f", job,
                heap.wallSeconds(), heap.cpuSeconds(), done.get() < 0 ? "-" : Long.toString(done.get()),
                heap.peakMb(), heap.maxLiveMb(), HeapWatcher.loadAverage())), periodSeconds, periodSeconds,
                TimeUnit.SECONDS);
    }

    /** Documents done so far, shown on the next line. */
    void documents(long documents) {
        done.set(documents);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
