package org.seacorpus.spark;

import java.util.HexFormat;

/**
 * A document id ({@link org.seacorpus.document.DocumentId}: 32 lower-case hex digits, 128 bits) as two
 * {@code long}s, so that the dedupe's shuffles carry 16 bytes of primitives instead of a string. Unsigned
 * comparison of {@code (hi, lo)} gives the strings' order, so "earlier in id order" is unchanged.
 */
final class IdBits {
    private static final HexFormat HEX = HexFormat.of();

    private IdBits() {
    }

    /** The first 64 bits; rejects anything that is not a document id (dedupe reads prepare's output only). */
    static long hi(String id) {
        if (id.length() != 32) {
            throw notAnId(id);
        }
        for (int i = 0; i < 32; i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                throw notAnId(id);
            }
        }
        return HexFormat.fromHexDigitsToLong(id, 0, 16);
    }

    /** The last 64 bits (call {@link #hi} first: it checks the id). */
    static long lo(String id) {
        return HexFormat.fromHexDigitsToLong(id, 16, 32);
    }

    /** The id again. */
    static String id(long hi, long lo) {
        return HEX.toHexDigits(hi) + HEX.toHexDigits(lo);
    }

    /** The order of the two ids as strings. */
    static int compare(long aHi, long aLo, long bHi, long bLo) {
        int c = Long.compareUnsigned(aHi, bHi);
        return c != 0 ? c : Long.compareUnsigned(aLo, bLo);
    }

    /** The shuffle partition of an id among {@code partitions}. */
    static int partition(long hi, long lo, int partitions) {
        return Math.floorMod(mix(hi ^ Long.rotateLeft(lo, 31)), partitions);
    }

    /** The shuffle partition of a band key among {@code partitions}. */
    static int partition(int band, long key, int partitions) {
        return Math.floorMod(mix(key + band * 0x9E3779B97F4A7C15L), partitions);
    }

    /** 64-bit finaliser (MurmurHash3's fmix64), folded to an int. */
    static int mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) (h ^ (h >>> 32));
    }

    private static IllegalArgumentException notAnId(String id) {
        return new IllegalArgumentException("not a document id (32 hex digits), so not a prepare output: " + id);
    }
}
