package org.seacorpus.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * A contender's figure once the compiler has settled: the same round (one pass over a fixed input, returning a sink
 * so the JIT cannot drop the work) is run alone, again and again, until two rounds in a row spend less than
 * {@value #QUIET_COMPILE_SHARE} of their process CPU in compilation ({@link CompilationMXBean}) and the settling has
 * taken at least {@link #MIN_SETTLING_NANOS} of process CPU (at most {@value #MAX_SETTLING_ROUNDS} rounds), then the
 * asked number of rounds, and more until they take {@link #MIN_TIMED_NANOS} of the calling thread's CPU, are timed
 * by the process's CPU clock and by the calling thread's. A compilation is counted when it ends, so two quiet rounds
 * can come before a long one ends (rounds of a few milliseconds under load did: session 15's ICU NFC at 10k read
 * half its usual rate as settled): hence the floors, and the result is {@link Result#settled() settled} only if the
 * timed rounds were under the same share too.
 *
 * <p>Used by {@code langid} (the shipped identifier) and {@code normalize} (the normaliser and ICU NFC, each
 * alone); a job over gigabytes pays the compiler once, which short rounds after a brief warm-up do not show.
 */
final class CompiledRounds {
    /** Compilation below this share of a round's process CPU, two rounds in a row, counts as settled. */
    static final double QUIET_COMPILE_SHARE = 0.02;
    /** Settling stops here even if the compiler is still busy (the result says it did not settle). */
    static final int MAX_SETTLING_ROUNDS = 400;
    /** Settling takes at least this much process CPU, however quiet its first rounds look. */
    static final long MIN_SETTLING_NANOS = 2_000_000_000L;
    /** The timed rounds take at least this much of the calling thread's CPU (more rounds than asked if need be). */
    static final long MIN_TIMED_NANOS = 1_000_000_000L;

    private CompiledRounds() {
    }

    /**
     * What settling took and the timed rounds after it.
     *
     * @param settlingRounds rounds run before the timed ones
     * @param settled        two quiet rounds were seen before {@link #MAX_SETTLING_ROUNDS}, and the timed rounds
     *                       were quiet too
     * @param rounds         timed rounds
     * @param processNanos   CPU time of the whole process over the timed rounds
     * @param threadNanos    CPU time of the calling thread over the timed rounds
     * @param compileMillis  compilation that ended during the timed rounds
     * @param sink           the rounds' sinks summed (print something of it)
     */
    record Result(int settlingRounds, boolean settled, int rounds, long processNanos, long threadNanos,
            long compileMillis, long sink) {
    }

    /**
     * How many times {@code a}'s CPU per round is {@code b}'s, by {@code clock} ({@link Result#threadNanos} or
     * {@link Result#processNanos}): per round, as the two may have timed different numbers of rounds (the floor on
     * the timed CPU gives a fast contender more).
     */
    static double perRoundRatio(Result a, Result b, ToLongFunction<Result> clock) {
        return (clock.applyAsLong(a) / (double) a.rounds()) / Math.max(1e-9, clock.applyAsLong(b) / (double) b.rounds());
    }

    /**
     * Runs {@code round} until the compiler has settled, then at least {@code timedRounds} more (and at least
     * {@link #MIN_TIMED_NANOS} of the thread's CPU), timed; {@link Result#rounds()} says how many.
     */
    static Result measure(LongSupplier round, int timedRounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        long sink = 0;
        int settling = 0;
        int quietInARow = 0;
        long settlingStart = process.getProcessCpuTime();
        while ((quietInARow < 2 || process.getProcessCpuTime() - settlingStart < MIN_SETTLING_NANOS)
                && settling < MAX_SETTLING_ROUNDS) {
            long compileStart = compiler.getTotalCompilationTime();
            long processStart = process.getProcessCpuTime();
            sink += round.getAsLong();
            long processSpent = process.getProcessCpuTime() - processStart;
            long compileNanos = (compiler.getTotalCompilationTime() - compileStart) * 1_000_000L;
            quietInARow = compileNanos < QUIET_COMPILE_SHARE * processSpent ? quietInARow + 1 : 0;
            settling++;
        }
        long compileStart = compiler.getTotalCompilationTime();
        long processStart = process.getProcessCpuTime();
        long threadStart = threads.getCurrentThreadCpuTime();
        int timed = 0;
        while (timed < timedRounds || threads.getCurrentThreadCpuTime() - threadStart < MIN_TIMED_NANOS) {
            sink += round.getAsLong();
            timed++;
        }
        long threadSpent = threads.getCurrentThreadCpuTime() - threadStart;
        long processSpent = process.getProcessCpuTime() - processStart;
        long compileMillis = compiler.getTotalCompilationTime() - compileStart;
        boolean settled = quietInARow >= 2 && compileMillis * 1_000_000.0 < QUIET_COMPILE_SHARE * processSpent;
        return new Result(settling, settled, timed, processSpent, threadSpent, compileMillis, sink);
    }
}
