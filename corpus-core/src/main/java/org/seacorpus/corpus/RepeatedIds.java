package org.seacorpus.corpus;

import org.seacorpus.util.LongIntHashMap;

/**
 * The ids stored by one import run, to find a document whose id was already imported in the same run (a
 * dataset repeating an id, two inputs with the same source name): Lucene's {@code updateDocument} would let the
 * second silently replace the first while the report counted both. Ids are kept as 64 of their bits, 12–24 bytes
 * each in an open-addressing table (24 MB for a million documents); two different ids share 64 bits with a
 * probability near 10⁻⁸ in a run of a million. Thread-safe.
 */
final class RepeatedIds {
    private final LongIntHashMap seen = new LongIntHashMap(1 << 12);

    /** True the first time an id is offered in this run, false every time after. */
    synchronized boolean firstTime(String id) {
        long key = key(id);
        if (seen.containsKey(key)) {
            return false;
        }
        seen.put(key, 1);
        return true;
    }

    /** The first 16 hex digits of an id (ids are hashes), or a 64-bit FNV-1a hash of an id in another form. */
    static long key(String id) {
        if (id.length() >= 16) {
            try {
                return Long.parseUnsignedLong(id, 0, 16, 16);
            } catch (NumberFormatException e) {
                // not hex: hashed below
            }
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}
