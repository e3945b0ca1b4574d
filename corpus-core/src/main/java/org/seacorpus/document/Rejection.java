package org.seacorpus.document;

import java.util.Objects;

/**
 * Why and when a curator rejected a document, and the status it had before, so that restoring it puts it back
 * exactly as it was (a rejected duplicate becomes a duplicate again, not ok).
 *
 * @param reason   the curator's reason, as given
 * @param at       when (ISO-8601 instant)
 * @param previous the status before the rejection (ok or duplicate)
 */
public record Rejection(String reason, String at, Status previous) {
    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        previous = previous == null || previous == Status.REJECTED ? Status.OK : previous;
    }
}
