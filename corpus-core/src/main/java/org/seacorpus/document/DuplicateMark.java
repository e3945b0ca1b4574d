package org.seacorpus.document;

/**
 * Where deduplication placed a document: its cluster, the member kept in its place (null for the kept one) and
 * how many documents the cluster has. The size is what a training mix needs to re-weight duplicates (FineWeb-2's
 * {@code minhash_cluster_size}); export writes it for every document, 1 for one that is in no cluster.
 *
 * @param cluster     the cluster's name ({@code exact-…} or {@code near-…})
 * @param duplicateOf the id of the member kept in this one's place; null for the kept member
 * @param clusterSize members of the cluster, at least 2
 */
public record DuplicateMark(String cluster, String duplicateOf, int clusterSize) {
    public DuplicateMark {
        java.util.Objects.requireNonNull(cluster, "cluster");
        if (clusterSize < 2) {
            throw new IllegalArgumentException("a duplicate cluster has at least 2 members, not " + clusterSize);
        }
    }
}
