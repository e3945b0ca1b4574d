package org.seacorpus.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cost figures every measuring command prints beside its result: wall and CPU seconds, the load average
 * before and after (the machine is shared), peak and live heap, and the JVM's heap limit and processor count.
 */
final class Costs {
    private Costs() {
    }

    static void put(Map<String, Object> out, HeapWatcher heap, double loadBefore) {
        out.put("seconds", heap.wallSeconds());
        out.put("cpu_seconds", heap.cpuSeconds());
        out.put("load_before", round(loadBefore, 2));
        out.put("load_after", round(HeapWatcher.loadAverage(), 2));
        out.put("peak_heap_mb", heap.peakMb());
        out.put("max_live_heap_mb", heap.maxLiveMb());
        out.put("max_heap_mb", heap.maxHeapMb());
        out.put("processors", Runtime.getRuntime().availableProcessors());
    }

    /**
     * The JVM options the process was started with and the collectors it runs: a ratio of two phases (import
     * against bare Lucene) is like for like only when both ran with the same options, and the JVM's default
     * collector (G1) appears in no option.
     */
    static void putJvm(Map<String, Object> out) {
        out.put("jvm_options", List.copyOf(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        out.put("collectors", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
    }

    static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    /** Per second, guarded against a zero time; two decimals below 10, one above. */
    static double rate(double amount, double seconds) {
        double rate = amount / Math.max(seconds, 1e-3);
        return round(rate, rate < 10 ? 2 : 1);
    }

    /** A readable summary line for the terminal (the JSON goes to standard output). */
    static void say(String format, Object... args) {
        System.err.println(String.format(Locale.ROOT, format, args));
    }
}
