package org.seacorpus.document;

/**
 * Where each offset of a text lands in a changed version of it, for changes that are local: composing or
 * decomposing (NFC), reordering marks, deleting invisible characters, replacing a few characters (what the
 * normalisers do). Equal characters are matched left to right; where the texts differ, the next place where
 * {@value #RESYNC} characters agree again (within {@value #REACH} characters on either side) closes the changed
 * region, and offsets inside a region are placed in proportion to its two lengths. Where the texts never agree
 * again (a whole-paragraph conversion), the rest is one region. Offsets only ever move forward: a token's start
 * and end keep their order, and tokens keep theirs.
 *
 * <p>Linear in the length of the texts for local changes. Immutable.
 */
public final class OffsetAlignment {
    /** Characters that must agree to end a changed region. */
    static final int RESYNC = 3;
    /** How far ahead a changed region may reach, in each text. */
    static final int REACH = 64;

    /** For each char of the original: where it starts in the changed text. */
    private final int[] start;
    /** For each char of the original: where it ends in the changed text. */
    private final int[] end;
    private final int changedLength;

    private OffsetAlignment(int[] start, int[] end, int changedLength) {
        this.start = start;
        this.end = end;
        this.changedLength = changedLength;
    }

    /** The alignment of {@code original} with {@code changed}. */
    public static OffsetAlignment of(String original, String changed) {
        int n = original.length();
        int m = changed.length();
        int[] start = new int[n];
        int[] end = new int[n];
        int i = 0;
        int j = 0;
        while (i < n) {
            if (j < m && original.charAt(i) == changed.charAt(j)) {
                start[i] = j;
                end[i] = j + 1;
                i++;
                j++;
                continue;
            }
            int[] resync = resync(original, i, changed, j);
            int a = resync[0] - i;
            int b = resync[1] - j;
            for (int k = 0; k < a; k++) {
                start[i + k] = j + (int) ((long) k * b / a);
                end[i + k] = j + (int) (((long) (k + 1) * b + a - 1) / a);
            }
            i += a;
            j += b;
        }
        return new OffsetAlignment(start, end, m);
    }

    /** Where a token starting at {@code offset} of the original starts in the changed text. */
    public int start(int offset) {
        return offset >= start.length ? changedLength : start[offset];
    }

    /** Where a token ending at {@code offset} (exclusive) of the original ends in the changed text. */
    public int end(int offset) {
        return offset <= 0 ? 0 : end[Math.min(offset, end.length) - 1];
    }

    /**
     * The first pair of positions (p in the original, q in the changed text) after a difference at (i, j) where
     * the texts agree again, the pair with the smallest p − i + q − j; both ends when there is none in reach.
     */
    private static int[] resync(String original, int i, String changed, int j) {
        int n = original.length();
        int m = changed.length();
        for (int distance = 1; distance <= 2 * REACH; distance++) {
            for (int a = Math.max(0, distance - REACH); a <= Math.min(distance, REACH); a++) {
                int p = i + a;
                int q = j + distance - a;
                if (p > n || q > m) {
                    continue;
                }
                if (p == n && q == m || agree(original, p, changed, q)) {
                    return new int[] {p, q};
                }
            }
        }
        return new int[] {n, m};
    }

    private static boolean agree(String original, int p, String changed, int q) {
        int length = Math.min(RESYNC, Math.min(original.length() - p, changed.length() - q));
        if (length == 0) {
            return false;
        }
        if (length < RESYNC && (original.length() - p != changed.length() - q)) {
            return false; // near the end, agreeing means the rest of both texts is the same
        }
        return original.regionMatches(p, changed, q, length);
    }
}
