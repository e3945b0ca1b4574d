package org.seacorpus.spark;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.sql.Row;
import org.seacorpus.dedupe.NearDuplicateRule;

import scala.Tuple2;

/**
 * LSH buckets to candidate pairs, on primitives: each document's band keys travel as {@value #ENTRY}-byte entries
 * ({@code key, band, id}) to the partition of their band key; a partition radix-sorts its entries by key, and every
 * run of two or more equal {@code (band, key)} is a bucket. Its members, in id order, give the candidate pairs of the
 * CLI's rule: each member with at most {@link NearDuplicateRule#MAX_COMPARISONS} earlier ones. Pairs leave as
 * {@value #PAIR}-byte records {@code (a, b)}, {@code a < b}, sent to the partition of {@code a}; each task adds a
 * count of the buckets it found ({@link Chunks#count}).
 */
final class BucketPairs {
    /** A band entry: key (8), band (4), id (16). */
    static final int ENTRY = 28;
    /** A pair: two ids. */
    static final int PAIR = 32;

    private BucketPairs() {
    }

    /** A row {@code (id, lsh_bands)} as one entry per band, each to the partition of its band and key. */
    static void encode(Row row, Chunks.Sink sink, int partitions) {
        String id = row.getString(0);
        long hi = IdBits.hi(id);
        long lo = IdBits.lo(id);
        List<Long> keys = row.getList(1);
        for (int band = 0; band < keys.size(); band++) {
            long key = keys.get(band);
            sink.to(IdBits.partition(band, key, partitions), ENTRY).putLong(key).putInt(band).putLong(hi).putLong(lo);
        }
    }

    /** One partition's band entries to its candidate pairs (by the partition of {@code a} among {@code partitions}). */
    static Iterator<Tuple2<Integer, byte[]>> pairs(Iterator<Tuple2<Integer, byte[]>> in, int partitions) {
        List<byte[]> chunks = Chunks.records(in);
        int n = 0;
        for (byte[] c : chunks) {
            n += c.length / ENTRY;
        }
        long[] key = new long[n];
        int[] band = new int[n];
        long[] hi = new long[n];
        long[] lo = new long[n];
        int at = 0;
        for (byte[] c : chunks) {
            ByteBuffer b = ByteBuffer.wrap(c);
            while (b.remaining() >= ENTRY) {
                key[at] = b.getLong();
                band[at] = b.getInt();
                hi[at] = b.getLong();
                lo[at] = b.getLong();
                at++;
            }
        }
        chunks.clear();
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        long[] sorted = key.clone();
        Chunks.sortByKey(sorted, idx, n);

        Chunks.Sink sink = new Chunks.Sink(partitions);
        long buckets = 0;
        List<Integer> members = new ArrayList<>();
        java.util.Comparator<Integer> byBandThenId = (x, y) -> band[x] != band[y] ? Integer.compare(band[x], band[y])
                : IdBits.compare(hi[x], lo[x], hi[y], lo[y]);
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && sorted[end] == sorted[start]) {
                end++;
            }
            if (end - start >= 2) {
                members.clear();
                for (int i = start; i < end; i++) {
                    members.add(idx[i]);
                }
                members.sort(byBandThenId);
                for (int from = 0; from < members.size(); ) {
                    int to = from + 1;
                    while (to < members.size() && band[members.get(to)] == band[members.get(from)]) {
                        to++;
                    }
                    if (to - from >= 2) {
                        buckets++;
                        emit(members.subList(from, to), hi, lo, sink, partitions);
                    }
                    from = to;
                }
            }
            start = end;
        }
        sink.flush();
        List<Tuple2<Integer, byte[]>> out = new ArrayList<>(sink.ready);
        out.add(Chunks.count(buckets));
        return out.iterator();
    }

    /** The pairs of one bucket, members in id order. */
    private static void emit(List<Integer> bucket, long[] hi, long[] lo, Chunks.Sink sink, int partitions) {
        for (int i = 1; i < bucket.size(); i++) {
            int b = bucket.get(i);
            for (int j = 0; j < Math.min(i, NearDuplicateRule.MAX_COMPARISONS); j++) {
                int a = bucket.get(j);
                sink.to(IdBits.partition(hi[a], lo[a], partitions), PAIR)
                        .putLong(hi[a]).putLong(lo[a]).putLong(hi[b]).putLong(lo[b]);
            }
        }
    }
}
