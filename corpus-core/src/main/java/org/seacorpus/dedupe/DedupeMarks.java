package org.seacorpus.dedupe;

/**
 * How dedupe names what it marks, shared by the corpus's dedupe job and other engines (corpus-spark) so that both
 * write the same marks for the same members.
 */
public final class DedupeMarks {
    private DedupeMarks() {
    }

    /**
     * The name of a cluster: {@code exact-} when all its members are equal after folding, else {@code near-}, and
     * the first 16 characters of its smallest member id, so the same members give the same name on every run.
     */
    public static String clusterName(boolean exact, String smallestId) {
        return (exact ? "exact" : "near") + "-" + smallestId.substring(0, Math.min(16, smallestId.length()));
    }
}
