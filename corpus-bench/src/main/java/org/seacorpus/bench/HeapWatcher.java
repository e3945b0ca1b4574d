package org.seacorpus.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * What a job cost: heap (the peak of the heap pools, garbage included, so an upper bound; and the largest heap
 * left after a collection, what the job really held), process CPU time, and the machine's load average (on a
 * shared machine wall time says more about the neighbours than about the job). Reset before the job, read after.
 */
final class HeapWatcher implements AutoCloseable {
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final java.util.Set<String> heapPools = new java.util.HashSet<>();
    private final NotificationListener listener = (notification, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        if (info.getGcName().contains("Concurrent")) {
            return; // G1's remark and cleanup pauses run mid-marking: nothing is freed, the figure says nothing
        }
        long used = 0;
        for (var entry : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(entry.getKey())) { // the map holds metaspace and code cache too
                used += entry.getValue().getUsed();
            }
        }
        maxAfterGc.accumulateAndGet(used, Math::max);
    };


    private final long cpuStart = cpuNanos();
    private final long wallStart = System.nanoTime();

    HeapWatcher() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
    }

    /** Sum of the heap pools' peaks since the start, in MB. */
    long peakMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    /** The largest heap in use right after a collection, in MB (0 if no collection ran). */
    long maxLiveMb() {
        return maxAfterGc.get() >> 20;
    }

    long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    double wallSeconds() {
        return Math.round((System.nanoTime() - wallStart) / 1e8) / 10.0;
    }

    /** CPU time of this process (all threads, Lucene's merges included) since the start. */
    double cpuSeconds() {
        return Math.round((cpuNanos() - cpuStart) / 1e8) / 10.0;
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
