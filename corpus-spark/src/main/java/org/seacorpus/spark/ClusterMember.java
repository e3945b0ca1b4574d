package org.seacorpus.spark;

import java.io.Serializable;

import org.seacorpus.dedupe.KeepPolicy;

/**
 * A member of a duplicate cluster as the keep policy sees it, plus its loose key (to tell exact from near
 * duplicates). Reduced pairwise by {@link #better}, which asks the core's {@link KeepPolicy}: the policy is a total
 * order (ties fall to the first import's run and place in its walk, then id), so the reduction gives the CLI's choice in any order.
 */
record ClusterMember(String id, boolean rejected, long importedAt, long sequence, long chars, double langScore,
                     String looseHash)
        implements Serializable {
    static ClusterMember better(ClusterMember a, ClusterMember b, KeepPolicy keep) {
        return keep.prefers(b.candidate(), a.candidate()) ? b : a;
    }

    private KeepPolicy.Candidate candidate() {
        return new KeepPolicy.Candidate(id, rejected, importedAt, sequence, chars, langScore);
    }
}
