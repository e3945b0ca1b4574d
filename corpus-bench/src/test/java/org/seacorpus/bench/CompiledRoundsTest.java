package org.seacorpus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** What {@link CompiledRounds} counts; never its timings (the machine is shared). */
class CompiledRoundsTest {
    @Test
    void settlesAndTimesPastTheirCpuFloorsWithinTheCapAndSumsTheSinksOfEveryRound() {
        AtomicInteger calls = new AtomicInteger();
        CompiledRounds.Result result = CompiledRounds.measure(() -> {
            calls.incrementAndGet();
            long sum = 0;
            for (int i = 0; i < 10_000; i++) {
                sum += Integer.bitCount(i);
            }
            return sum;
        }, 3);

        // a round of ~10,000 bit counts is far below the floors: settling and timing both run on past them
        assertThat(result.rounds()).isGreaterThan(3);
        assertThat(result.threadNanos()).isGreaterThanOrEqualTo(CompiledRounds.MIN_TIMED_NANOS);
        assertThat(result.settlingRounds()).isBetween(3, CompiledRounds.MAX_SETTLING_ROUNDS);
        assertThat(calls.get()).isEqualTo(result.settlingRounds() + result.rounds());
        long perRound = 0;
        for (int i = 0; i < 10_000; i++) {
            perRound += Integer.bitCount(i);
        }
        assertThat(result.sink()).isEqualTo(perRound * calls.get());
        assertThat(result.processNanos()).isNotNegative();
        assertThat(result.threadNanos()).isNotNegative();
        assertThat(result.compileMillis()).isNotNegative();
        if (result.settlingRounds() == CompiledRounds.MAX_SETTLING_ROUNDS) {
            return; // the compiler never went quiet twice in a row: settled may be either
        }
        // otherwise two quiet rounds were seen: settled says only whether the timed rounds were quiet too
        assertThat(result.settled()).isEqualTo(result.compileMillis() * 1_000_000.0
                < CompiledRounds.QUIET_COMPILE_SHARE * result.processNanos());
    }

    @Test
    void comparesTwoContendersPerRoundWhenTheyTimedDifferentNumbersOfRounds() {
        // 10 rounds of 0.2 s against 40 rounds of 0.05 s (the fast one ran more rounds to reach the CPU floor)
        CompiledRounds.Result slow = new CompiledRounds.Result(5, true, 10, 2_100_000_000L, 2_000_000_000L, 0, 0);
        CompiledRounds.Result fast = new CompiledRounds.Result(9, true, 40, 2_100_000_000L, 2_000_000_000L, 0, 0);

        assertThat(CompiledRounds.perRoundRatio(slow, fast, CompiledRounds.Result::threadNanos)).isEqualTo(4.0);
        assertThat(CompiledRounds.perRoundRatio(fast, slow, CompiledRounds.Result::processNanos)).isEqualTo(0.25);
    }
}
