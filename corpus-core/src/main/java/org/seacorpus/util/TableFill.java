package org.seacorpus.util;

/**
 * Fills a table over a range of indices (UTF-16 code units, a trie's nodes) in blocks, each block one call of
 * {@code fill}. A table made once per process in one loop (a class initialiser over the 65,536 code units, a lexicon
 * image decoded node by node, LexiconImage) runs that loop interpreted from start to end when the JVM runs without on-stack replacement, as
 * import does: the method is entered once, so it is never compiled while it runs. Called once a block, the filler is
 * compiled after its first few hundred blocks and fills the rest compiled; the table is the same, filled in the same
 * order. (A 200-document import spent about 0.1 s of CPU in such loops; docs/benchmarks.md, issue 16, session 16.)
 */
public final class TableFill {
    /** Indices per call: small, so that the calls before the JIT compiles the filler cover a small part of a table. */
    public static final int BLOCK = 32;

    private TableFill() {
    }

    /** Fills indices {@code [from, to)}. */
    @FunctionalInterface
    public interface Filler {
        void fill(int from, int to);
    }

    /** Calls {@code filler} on {@code [0, size)} in ascending blocks of {@link #BLOCK}. */
    public static void inBlocks(int size, Filler filler) {
        inBlocks(0, size, filler);
    }

    /** Calls {@code filler} on {@code [from, to)} in ascending blocks of {@link #BLOCK}. */
    public static void inBlocks(int from, int to, Filler filler) {
        for (int start = from; start < to; start += BLOCK) {
            filler.fill(start, Math.min(to, start + BLOCK));
        }
    }
}
