package org.seacorpus.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.seacorpus.dedupe.DedupeMarks;
import org.seacorpus.dedupe.KeepPolicy;

/**
 * A member of a duplicate cluster as the keep policy sees it, plus its loose key (to tell exact from near
 * duplicates). Reduced pairwise by {@link #better}, which asks the core's {@link KeepPolicy}: the policy is a total
 * order (ties fall to the first import's run and place in its walk, then id), so the reduction gives the CLI's choice in any order.
 */
record ClusterMember(String id, boolean rejected, long importedAt, long sequence, long chars, double langScore,
                     String looseHash)
        implements Serializable {
    /** The marks of a cluster's members: {@code id, cluster, cluster_size, kept, exact_copy}. */
    static final StructType MARKS = new StructType().add("id", DataTypes.StringType, false)
            .add("cluster", DataTypes.StringType, false).add("cluster_size", DataTypes.IntegerType, false)
            .add("kept", DataTypes.StringType, false).add("exact_copy", DataTypes.BooleanType, true);

    static ClusterMember better(ClusterMember a, ClusterMember b, KeepPolicy keep) {
        return keep.prefers(b.candidate(), a.candidate()) ? b : a;
    }

    /**
     * The marks of the members of the cluster whose smallest id is {@code root}: the member {@code keep} prefers is
     * kept; the cluster is named exact when all its members share one loose key (members without a key do not
     * count, as SQL's {@code count(distinct)} does not count nulls), near otherwise ({@link DedupeMarks#clusterName});
     * {@code exact_copy} is null when a member or the kept one has no loose key.
     */
    static List<Row> marks(String root, Iterable<ClusterMember> cluster, KeepPolicy keep) {
        List<ClusterMember> members = new ArrayList<>();
        ClusterMember best = null;
        String loose = null;
        boolean oneKey = true;
        for (ClusterMember m : cluster) {
            members.add(m);
            best = best == null ? m : better(best, m, keep);
            if (m.looseHash != null) {
                if (loose == null) {
                    loose = m.looseHash;
                } else if (!loose.equals(m.looseHash)) {
                    oneKey = false;
                }
            }
        }
        String name = DedupeMarks.clusterName(loose != null && oneKey, root);
        List<Row> out = new ArrayList<>(members.size());
        for (ClusterMember m : members) {
            Boolean exactCopy = m.looseHash == null || best.looseHash == null ? null : m.looseHash.equals(best.looseHash);
            out.add(RowFactory.create(m.id, name, members.size(), best.id, exactCopy));
        }
        return out;
    }

    private KeepPolicy.Candidate candidate() {
        return new KeepPolicy.Candidate(id, rejected, importedAt, sequence, chars, langScore);
    }
}
