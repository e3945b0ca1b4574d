package org.seacorpus.spark;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.seacorpus.dedupe.NearDuplicateRule;

import scala.Tuple2;

/**
 * Candidate pairs meet their two signatures in two shuffles that each move a signature once per pair, never once
 * per document and side: the signatures ({@code id, signature}) are sent once to the partition of their id, and
 * the pairs to the partition of {@code a}, where repeats are dropped (a pair found in several bands) and
 * {@code a}'s signature is attached; then to the partition of {@code b}, where {@code b}'s is, and the core's
 * {@link NearDuplicateRule} judges them. Only the pairs it does not call different leave.
 */
final class PairSignatures {
    private PairSignatures() {
    }

    /** A row {@code (id, minhash)} as a record {@code (id, length, signature)} to the partition of its id. */
    static void encode(Row row, Chunks.Sink sink, int partitions) {
        String id = row.getString(0);
        long hi = IdBits.hi(id);
        long lo = IdBits.lo(id);
        byte[] sig = row.getAs(1);
        sink.to(IdBits.partition(hi, lo, partitions), 18 + sig.length).putLong(hi).putLong(lo)
                .putShort((short) sig.length).put(sig);
    }

    /**
     * One partition's pairs (all with their {@code a} here) without repeats, each with {@code a}'s signature, as
     * records {@code (b, a, length, signature of a)} to the partition of {@code b}; and a count of the distinct pairs.
     */
    static Iterator<Tuple2<Integer, byte[]>> withFirst(Iterator<Tuple2<Integer, byte[]>> pairs,
                                                       Iterator<Tuple2<Integer, byte[]>> signatures, int partitions) {
        Table table = Table.of(signatures);
        List<byte[]> chunks = Chunks.records(pairs);
        int n = 0;
        for (byte[] c : chunks) {
            n += c.length / BucketPairs.PAIR;
        }
        long[] p = new long[4 * n];
        int at = 0;
        for (byte[] c : chunks) {
            ByteBuffer b = ByteBuffer.wrap(c);
            while (b.remaining() >= BucketPairs.PAIR) {
                p[at++] = b.getLong();
                p[at++] = b.getLong();
                p[at++] = b.getLong();
                p[at++] = b.getLong();
            }
        }
        chunks.clear();
        int[] slots = new int[Integer.highestOneBit(Math.max(2, 2 * n)) << 1];
        Arrays.fill(slots, -1);
        int mask = slots.length - 1;
        Chunks.Sink sink = new Chunks.Sink(partitions);
        long distinct = 0;
        for (int i = 0; i < n; i++) {
            int o = 4 * i;
            int s = IdBits.mix(p[o] ^ Long.rotateLeft(p[o + 1], 17) ^ Long.rotateLeft(p[o + 2], 31)
                    ^ Long.rotateLeft(p[o + 3], 47)) & mask;
            boolean seen = false;
            while (slots[s] >= 0) {
                int q = 4 * slots[s];
                if (p[q] == p[o] && p[q + 1] == p[o + 1] && p[q + 2] == p[o + 2] && p[q + 3] == p[o + 3]) {
                    seen = true;
                    break;
                }
                s = (s + 1) & mask;
            }
            if (seen) {
                continue;
            }
            slots[s] = i;
            distinct++;
            byte[] sig = table.get(p[o], p[o + 1]);
            if (sig == null) {
                throw new IllegalStateException("no signature for " + IdBits.id(p[o], p[o + 1]));
            }
            sink.to(IdBits.partition(p[o + 2], p[o + 3], partitions), 34 + sig.length).putLong(p[o + 2])
                    .putLong(p[o + 3]).putLong(p[o]).putLong(p[o + 1]).putShort((short) sig.length).put(sig);
        }
        sink.flush();
        List<Tuple2<Integer, byte[]>> out = new ArrayList<>(sink.ready);
        out.add(Chunks.count(distinct));
        return out.iterator();
    }

    /** One partition's pairs (all with their {@code b} here) judged: rows {@code (a, b, verdict)}, not different. */
    static Iterator<Row> verdicts(Iterator<Tuple2<Integer, byte[]>> pairs, Iterator<Tuple2<Integer, byte[]>> signatures,
                                  NearPairs judge) {
        Table table = Table.of(signatures);
        NearDuplicateRule rule = judge.rule();
        List<Row> out = new ArrayList<>();
        while (pairs.hasNext()) {
            Tuple2<Integer, byte[]> chunk = pairs.next();
            if (chunk._1() == Chunks.COUNT) {
                continue;
            }
            ByteBuffer b = ByteBuffer.wrap(chunk._2());
            while (b.remaining() >= 34) {
                long bHi = b.getLong();
                long bLo = b.getLong();
                long aHi = b.getLong();
                long aLo = b.getLong();
                byte[] sigA = new byte[b.getShort()];
                b.get(sigA);
                byte[] sigB = table.get(bHi, bLo);
                if (sigB == null) {
                    throw new IllegalStateException("no signature for " + IdBits.id(bHi, bLo));
                }
                int verdict = NearPairs.code(rule.judge(sigA, sigB));
                if (verdict != NearPairs.DIFFERENT) {
                    out.add(RowFactory.create(IdBits.id(aHi, aLo), IdBits.id(bHi, bLo), verdict));
                }
            }
        }
        return out.iterator();
    }

    /** The signatures of one partition, by id (open addressing). */
    static final class Table {
        private long[] hi = new long[1024];
        private long[] lo = new long[1024];
        private byte[][] sig = new byte[1024][];
        private int n;
        private int[] slots;
        private int mask;

        static Table of(Iterator<Tuple2<Integer, byte[]>> chunks) {
            Table t = new Table();
            while (chunks.hasNext()) {
                Tuple2<Integer, byte[]> c = chunks.next();
                if (c._1() == Chunks.COUNT) {
                    continue;
                }
                ByteBuffer b = ByteBuffer.wrap(c._2());
                while (b.remaining() >= 18) {
                    long h = b.getLong();
                    long l = b.getLong();
                    byte[] s = new byte[b.getShort()];
                    b.get(s);
                    t.add(h, l, s);
                }
            }
            t.index();
            return t;
        }

        private void add(long h, long l, byte[] s) {
            if (n == hi.length) {
                hi = Arrays.copyOf(hi, 2 * n);
                lo = Arrays.copyOf(lo, 2 * n);
                sig = Arrays.copyOf(sig, 2 * n);
            }
            hi[n] = h;
            lo[n] = l;
            sig[n] = s;
            n++;
        }

        private void index() {
            slots = new int[Integer.highestOneBit(Math.max(2, 2 * n)) << 1];
            Arrays.fill(slots, -1);
            mask = slots.length - 1;
            for (int i = 0; i < n; i++) {
                int s = IdBits.mix(hi[i] ^ Long.rotateLeft(lo[i], 31)) & mask;
                while (slots[s] >= 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = i;
            }
        }

        /** The signature of an id, or null. */
        byte[] get(long h, long l) {
            int s = IdBits.mix(h ^ Long.rotateLeft(l, 31)) & mask;
            while (slots[s] >= 0) {
                int i = slots[s];
                if (hi[i] == h && lo[i] == l) {
                    return sig[i];
                }
                s = (s + 1) & mask;
            }
            return null;
        }
    }
}
