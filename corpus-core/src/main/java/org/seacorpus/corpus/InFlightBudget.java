package org.seacorpus.corpus;

import java.util.concurrent.Semaphore;

import org.seacorpus.ingest.InputItem;

/**
 * How much import work may wait for or sit in the workers at once: at most two inputs per worker, and in-memory
 * inputs (archive entries, read whole within {@code maxFileBytes}) only up to a byte budget of a quarter of the
 * heap (at least 64 MiB), so that a few large entries queued behind a slow one cannot run the heap out. An entry
 * larger than the whole budget waits until it is alone. Files on disk are streamed and cost no bytes here.
 */
final class InFlightBudget {
    private final Semaphore inputs;
    private final Semaphore kib;
    private final int budgetKib;

    InFlightBudget(int threads) {
        this(threads, Math.max(64L << 20, Runtime.getRuntime().maxMemory() / 4));
    }

    InFlightBudget(int threads, long budgetBytes) {
        this.inputs = new Semaphore(threads * 2);
        this.budgetKib = (int) Math.min(Integer.MAX_VALUE, Math.max(1, budgetBytes >> 10));
        this.kib = new Semaphore(budgetKib);
    }

    /** What one admitted input holds until it is released. */
    record Ticket(int kib) {
    }

    /** Waits until the input may be queued. */
    Ticket acquire(InputItem item) throws InterruptedException {
        int cost = item.bytes() == null ? 0 : (int) Math.min(budgetKib, Math.max(1, item.size() >> 10));
        inputs.acquire();
        try {
            kib.acquire(cost);
        } catch (InterruptedException e) {
            inputs.release();
            throw e;
        }
        return new Ticket(cost);
    }

    void release(Ticket ticket) {
        kib.release(ticket.kib());
        inputs.release();
    }
}
