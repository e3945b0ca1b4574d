package org.seacorpus.stage;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one stage saw, kept, dropped (by reason) and how long it took. Thread-safe; stats of the same stage from
 * several workers or runs merge by {@link #merge}.
 */
public final class StageStats {
    private final String stage;
    private final LongAdder seen = new LongAdder();
    private final LongAdder kept = new LongAdder();
    private final LongAdder nanos = new LongAdder();
    private final Map<DropReason, AtomicLong> dropped = new EnumMap<>(DropReason.class);

    public StageStats(String stage) {
        this.stage = stage;
        for (DropReason reason : DropReason.values()) {
            dropped.put(reason, new AtomicLong());
        }
    }

    public String stage() {
        return stage;
    }

    public void kept(long elapsedNanos) {
        seen.increment();
        kept.increment();
        nanos.add(elapsedNanos);
    }

    public void dropped(DropReason reason, long elapsedNanos) {
        seen.increment();
        dropped.get(reason).incrementAndGet();
        nanos.add(elapsedNanos);
    }

    public long seen() {
        return seen.sum();
    }

    public long kept() {
        return kept.sum();
    }

    public long dropped(DropReason reason) {
        return dropped.get(reason).get();
    }

    public long millis() {
        return nanos.sum() / 1_000_000;
    }

    public void merge(StageStats other) {
        seen.add(other.seen());
        kept.add(other.kept());
        nanos.add(other.nanos.sum());
        other.dropped.forEach((reason, count) -> dropped.get(reason).addAndGet(count.get()));
    }

    /** Only the reasons that occurred, for reports. */
    public Map<DropReason, Long> droppedByReason() {
        Map<DropReason, Long> out = new EnumMap<>(DropReason.class);
        dropped.forEach((reason, count) -> {
            if (count.get() > 0) {
                out.put(reason, count.get());
            }
        });
        return out;
    }
}
