package org.seacorpus.dedupe;

import java.util.List;

/**
 * The members of one duplicate cluster, the kept one first, each with its similarity to the kept one: what
 * {@code corpus dedupe --show CLUSTER} prints side by side.
 */
public record ClusterView(String cluster, List<Member> members) {
    /**
     * @param similarity estimated Jaccard similarity to the kept member (fraction of equal MinHash components)
     * @param jaccard    exact Jaccard similarity of the shingle sets to the kept member
     */
    public record Member(String id, String source, String part, String lang, String status, String duplicateOf,
                         long chars, double similarity, double jaccard, String text) {
    }

    public Member kept() {
        return members.get(0);
    }
}
