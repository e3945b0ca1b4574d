package org.seacorpus.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.dedupe.DedupeOptions;
import org.seacorpus.dedupe.DedupeReport;
import org.seacorpus.dedupe.Verification;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus-bench dedupe}: one full dedupe run, timed, with its heap use: all kinds (exact, near, lines), or
 * near-duplicates only ({@code --kinds near}, the same task as datasketch's MinHash LSH, for the comparison).
 * The CPU time is the whole process's (all threads, JVM start included), with each phase's thread CPU time.
 */
@Command(name = "dedupe", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a full dedupe on a corpus; print time, heap and counts as JSON.")
final class DedupeBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "Corpus home.")
    Path corpus;

    @Option(names = "--threshold", paramLabel = "J", defaultValue = "0.65", description = "Near threshold.")
    double threshold;

    @Option(names = "--verify", paramLabel = "HOW", defaultValue = "jaccard",
            description = "signature, borderline or jaccard.")
    String verify;

    @Option(names = "--dry-run", description = "Decide but write no marks.")
    boolean dryRun;

    @Option(names = "--fresh", description = "Remove every dedupe mark first (not timed), so that the run writes "
            + "the marks of a first run.")
    boolean fresh;

    @Option(names = "--kinds", paramLabel = "KINDS", defaultValue = "all",
            description = "all (exact, near, lines) or near (near-duplicates only).")
    String kinds;

    @Override
    public Integer call() {
        Corpus c = Corpus.open(corpus);
        boolean all = switch (kinds) {
            case "all" -> true;
            case "near" -> false;
            default -> throw new IllegalArgumentException("--kinds is all or near, not " + kinds);
        };
        DedupeOptions options = DedupeOptions.DEFAULTS.withThreshold(threshold).withFull(true).withDryRun(dryRun)
                .withVerification(Verification.parse(verify)).withKinds(all, true, all);
        if (fresh) {
            c.undoDuplicates(false, null);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        try (HeapWatcher heap = new HeapWatcher();
             BenchTicker ticker = new BenchTicker("dedupe", heap, System.err, 60)) {
            long started = System.nanoTime();
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long mainCpu = threads.getCurrentThreadCpuTime();
            long jit = jitMillis();
            long gc = gcMillis();
            DedupeReport report = c.dedupe(options, null);
            mainCpu = threads.getCurrentThreadCpuTime() - mainCpu;
            jit = jitMillis() - jit;
            gc = gcMillis() - gc;
            ticker.documents(report.documents());
            double seconds = (System.nanoTime() - started) / 1e9;
            out.put("kinds", report.parameters().kinds());
            out.put("documents", report.documents());
            out.put("seconds", Math.round(seconds * 10) / 10.0);
            out.put("docs_per_second", Math.round(report.documents() / seconds));
            out.put("cpu_seconds", heap.cpuSeconds());
            out.put("docs_per_cpu_second", Math.round(report.documents() / Math.max(0.1, heap.cpuSeconds())));
            // where the process's CPU went: this thread (deciding, writing, committing), and the JVM's own work
            out.put("main_thread_cpu_seconds", Math.round(mainCpu / 1e8) / 10.0);
            out.put("jit_compile_millis", jit);
            out.put("gc_pause_millis", gc);
            out.put("load_average", HeapWatcher.loadAverage());
            out.put("peak_heap_mb", heap.peakMb());
            out.put("max_live_heap_mb", heap.maxLiveMb());
            out.put("max_heap_mb", heap.maxHeapMb());
            out.put("processors", Runtime.getRuntime().availableProcessors());
            out.put("clusters", report.clusters());
            out.put("duplicates", report.duplicates());
            out.put("changed", report.changed());
            out.put("exact", report.exact());
            out.put("near", report.near());
            out.put("boilerplate_lines", report.boilerplate() == null ? 0 : report.boilerplate().lines());
            out.put("phase_millis", report.phaseMillis());
            out.put("parameters", report.parameters());
        }
        BenchCommand.print(spec, out);
        return 0;
    }

    /** Time the JIT compilers have spent so far (elapsed, summed over compiler threads), or 0. */
    private static long jitMillis() {
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** Collection time so far, summed over the collectors. */
    private static long gcMillis() {
        long sum = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }
}
