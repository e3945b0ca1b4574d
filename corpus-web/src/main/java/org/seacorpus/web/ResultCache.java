package org.seacorpus.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Answers to reads (searches, concordances, facet counts) kept for the requests that ask them again, as corpus
 * servers do (BlackLab Server's search cache, Sketch Engine's stored concordances): a linguist pages back and
 * forth, re-sorts, opens a document and comes back; a class of students types the same word. A key holds what
 * was asked and the index version it was asked of ({@link org.seacorpus.corpus.Corpus#indexVersion()}), so a
 * commit (an import, a curation) makes every older answer unreachable: nothing stale is ever served.
 *
 * <p>Two requests for the same key at once compute it once: the second waits for the first's answer. Failures
 * are not kept. The cache is bounded by a weight (lines and hits held, see the callers), not by entries, and
 * forgets the least recently used answers first. A capacity of 0 turns it off.
 */
final class ResultCache {
    private final long capacity;
    private final LinkedHashMap<Object, Weighted> done = new LinkedHashMap<>(256, 0.75f, true);
    private final ConcurrentHashMap<Object, CompletableFuture<Object>> running = new ConcurrentHashMap<>();
    private long weight;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong shared = new AtomicLong();

    private record Weighted(Object value, long weight) {
    }

    /** @param capacity the total weight kept (0: keep nothing) */
    ResultCache(long capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("the cache capacity must be 0 or more, not " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * The answer for {@code key}: remembered, being computed by another request (then waited for), or computed
     * now by {@code compute} and remembered when its weight fits.
     */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute, ToIntFunction<T> weigher) {
        if (capacity == 0) {
            return compute.get();
        }
        synchronized (this) {
            Weighted kept = done.get(key);
            if (kept != null) {
                hits.incrementAndGet();
                return (T) kept.value();
            }
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> other = running.putIfAbsent(key, mine);
        if (other != null) {
            shared.incrementAndGet();
            return (T) await(other);
        }
        misses.incrementAndGet();
        try {
            T value = compute.get();
            remember(key, value, Math.max(1, weigher.applyAsInt(value)));
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    private synchronized void remember(Object key, Object value, long valueWeight) {
        if (valueWeight > capacity / 4) {
            return; // one huge answer would push out many small ones that are asked more often
        }
        Weighted previous = done.put(key, new Weighted(value, valueWeight));
        weight += valueWeight - (previous == null ? 0 : previous.weight());
        Iterator<Map.Entry<Object, Weighted>> oldest = done.entrySet().iterator();
        while (weight > capacity && oldest.hasNext()) {
            weight -= oldest.next().getValue().weight();
            oldest.remove();
        }
    }

    private static Object await(CompletableFuture<Object> other) {
        try {
            return other.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebException(503, "the server is stopping");
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime; // the same answer the first request got (a syntax error, a missing document…)
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Counts since start: answers served from the cache, computed, and shared with a request already running. */
    synchronized Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("hits", hits.get());
        out.put("misses", misses.get());
        out.put("shared", shared.get());
        out.put("entries", (long) done.size());
        out.put("weight", weight);
        out.put("capacity", capacity);
        return out;
    }
}
