package org.seacorpus.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * Runs a scan's work on several threads, each filling its own tally, and merges the tallies: what the token scan
 * and the text scan of a subcorpus share. The work itself takes chunks from a shared counter, so the threads
 * finish together. A failure in any thread is the scan's failure, thrown as the thread threw it.
 */
final class ParallelTallies {
    private ParallelTallies() {
    }

    /** {@code workers} runs of {@code work}, merged into the first tally with {@code merge}. */
    static <T> T run(int workers, Callable<T> work, BiConsumer<T, T> merge) throws IOException {
        List<Future<T>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(work));
            }
            T merged = null;
            for (Future<T> future : futures) {
                T tally = future.get();
                if (merged == null) {
                    merged = tally;
                } else {
                    merge.accept(merged, tally);
                }
            }
            return merged;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the corpus", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }
}
