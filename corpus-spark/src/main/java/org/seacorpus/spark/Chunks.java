package org.seacorpus.spark;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;

import scala.Tuple2;

/**
 * Fixed-size records packed into byte arrays, one stream per target shuffle partition, handed to Spark as
 * {@code (partition, bytes)} chunks of up to about 1 MB. The dedupe's large shuffles (28 band keys a document, the
 * candidate pairs, the signatures) move as a few large arrays instead of millions of rows: no per-row objects,
 * no generated code, no sort of rows, and 28 to 32 bytes a record.
 */
final class Chunks {
    /** A chunk whose partition is this carries a count ({@link #count}), not records. */
    static final int COUNT = -1;
    private static final int MAX_CHUNK = 1 << 20;
    private static final int MIN_CHUNK = 64 << 10;
    /** Bytes of open chunks one task holds at most (about), whatever the number of partitions. */
    private static final int OPEN_BYTES = 32 << 20;

    private Chunks() {
    }

    /** Records by target partition; full chunks wait in {@link #ready}. */
    static final class Sink {
        private final ByteBuffer[] open;
        private final int chunkBytes;
        final ArrayDeque<Tuple2<Integer, byte[]>> ready = new ArrayDeque<>();

        Sink(int partitions) {
            this.open = new ByteBuffer[partitions];
            this.chunkBytes = Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, OPEN_BYTES / partitions));
        }

        /** The buffer to write one record of {@code bytes} bytes for {@code partition} into. */
        ByteBuffer to(int partition, int bytes) {
            ByteBuffer b = open[partition];
            if (b == null || b.remaining() < bytes) {
                if (b != null) {
                    ready.add(close(partition, b));
                }
                b = ByteBuffer.allocate(Math.max(chunkBytes, bytes));
                open[partition] = b;
            }
            return b;
        }

        /** Moves every open chunk to {@link #ready}. */
        void flush() {
            for (int p = 0; p < open.length; p++) {
                if (open[p] != null && open[p].position() > 0) {
                    ready.add(close(p, open[p]));
                }
                open[p] = null;
            }
        }

        private static Tuple2<Integer, byte[]> close(int partition, ByteBuffer b) {
            byte[] bytes = b.position() == b.capacity() ? b.array() : java.util.Arrays.copyOf(b.array(), b.position());
            return new Tuple2<>(partition, bytes);
        }
    }

    /** Encodes {@code rows} lazily: chunks are handed out as they fill, so a partition streams through. */
    static <T> Iterator<Tuple2<Integer, byte[]>> encode(Iterator<T> rows, int partitions, BiConsumer<T, Sink> encoder) {
        Sink sink = new Sink(partitions);
        return new Iterator<>() {
            private boolean flushed;

            @Override
            public boolean hasNext() {
                while (sink.ready.isEmpty() && !flushed) {
                    if (rows.hasNext()) {
                        encoder.accept(rows.next(), sink);
                    } else {
                        sink.flush();
                        flushed = true;
                    }
                }
                return !sink.ready.isEmpty();
            }

            @Override
            public Tuple2<Integer, byte[]> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return sink.ready.poll();
            }
        };
    }

    /** A chunk that carries a count (a task's share of a total), kept apart from the records by its partition. */
    static Tuple2<Integer, byte[]> count(long n) {
        return new Tuple2<>(COUNT, ByteBuffer.allocate(8).putLong(n).array());
    }

    /** The count a {@link #count} chunk carries; 0 for a chunk of records. */
    static long countOf(Tuple2<Integer, byte[]> chunk) {
        return chunk._1() == COUNT ? ByteBuffer.wrap(chunk._2()).getLong() : 0;
    }

    /** The record chunks of a partition's input, in a list (the reducers that sort need them all). */
    static List<byte[]> records(Iterator<Tuple2<Integer, byte[]>> chunks) {
        List<byte[]> out = new ArrayList<>();
        while (chunks.hasNext()) {
            Tuple2<Integer, byte[]> c = chunks.next();
            if (c._1() != COUNT) {
                out.add(c._2());
            }
        }
        return out;
    }

    /**
     * Sorts {@code keys[0..n)} with {@code idx} alongside (LSD radix sort, four passes of 16 bits): equal keys end
     * up next to each other, in the order they had.
     */
    static void sortByKey(long[] keys, int[] idx, int n) {
        long[] ks = keys;
        int[] is = idx;
        long[] kt = new long[n];
        int[] it = new int[n];
        int[] count = new int[1 << 16];
        for (int shift = 0; shift < 64; shift += 16) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) (ks[i] >>> shift) & 0xFFFF]++;
            }
            int sum = 0;
            for (int d = 0; d < count.length; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int p = count[(int) (ks[i] >>> shift) & 0xFFFF]++;
                kt[p] = ks[i];
                it[p] = is[i];
            }
            long[] k = ks;
            ks = kt;
            kt = k;
            int[] t = is;
            is = it;
            it = t;
        }
        // four passes: the sorted data is back in keys and idx
    }
}
