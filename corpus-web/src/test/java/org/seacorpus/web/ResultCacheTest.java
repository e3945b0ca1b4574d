package org.seacorpus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The result cache on its own: answers kept and shared, bounded by weight, failures never kept. */
class ResultCacheTest {
    @Test
    void anAnswerAskedAgainIsNotComputedAgain() {
        ResultCache cache = new ResultCache(1_000);
        AtomicInteger computed = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertThat(cache.get("ข้าว", () -> "ข้าว×" + computed.incrementAndGet(), String::length))
                    .isEqualTo("ข้าว×1");
        }
        assertThat(computed).hasValue(1);
        assertThat(cache.counts()).containsEntry("hits", 2L).containsEntry("misses", 1L);
    }

    @Test
    void requestsArrivingTogetherShareOneComputation() throws Exception {
        ResultCache cache = new ResultCache(1_000);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.get("កសិករ", () -> {
                started.countDown();
                await(release);
                return "answer " + computed.incrementAndGet();
            }, String::length)));
            started.await(10, TimeUnit.SECONDS);
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> cache.get("កសិករ", () -> "answer " + computed.incrementAndGet(),
                        String::length)));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (cache.counts().get("shared") < 7 && System.nanoTime() < deadline) {
                Thread.sleep(5); // the seven find the first one running and wait for it
            }
            release.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("answer 1");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(computed).hasValue(1);
        assertThat(cache.counts()).containsEntry("shared", 7L).containsEntry("misses", 1L);
    }

    @Test
    void theLeastRecentlyUsedAnswersGoFirstWhenTheWeightIsExceeded() {
        ResultCache cache = new ResultCache(100);
        AtomicInteger computed = new AtomicInteger();
        for (String key : List.of("a", "b", "c", "d")) {
            cache.get(key, () -> key + computed.incrementAndGet(), v -> 25); // 4 × 25 fill it
        }
        cache.get("a", () -> "never", v -> 25); // a is now the most recent
        cache.get("e", () -> "e" + computed.incrementAndGet(), v -> 25); // pushes out b, the oldest
        assertThat(cache.counts()).containsEntry("entries", 4L).containsEntry("weight", 100L);
        assertThat(cache.get("a", () -> "recomputed", v -> 25)).isEqualTo("a1");
        assertThat(cache.get("b", () -> "b again", v -> 25)).isEqualTo("b again");
    }

    @Test
    void anAnswerHeavierThanAQuarterOfTheCacheIsServedButNotKept() {
        ResultCache cache = new ResultCache(100);
        AtomicInteger computed = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            cache.get("huge", () -> "huge" + computed.incrementAndGet(), v -> 26);
        }
        assertThat(computed).hasValue(2);
        assertThat(cache.counts()).containsEntry("entries", 0L);
    }

    @Test
    void aFailureIsThrownToEveryoneWaitingAndNotKept() {
        ResultCache cache = new ResultCache(1_000);
        assertThatThrownBy(() -> cache.get("bad", () -> {
            throw new WebException(400, "bad query");
        }, v -> 1)).isInstanceOf(WebException.class).hasMessageContaining("bad query");
        assertThat(cache.get("bad", () -> "fixed", v -> 1)).isEqualTo("fixed");
    }

    @Test
    void capacityZeroComputesEveryTime() {
        ResultCache cache = new ResultCache(0);
        AtomicInteger computed = new AtomicInteger();
        cache.get("စပါး", computed::incrementAndGet, v -> 1);
        cache.get("စပါး", computed::incrementAndGet, v -> 1);
        assertThat(computed).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
