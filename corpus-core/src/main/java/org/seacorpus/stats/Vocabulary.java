package org.seacorpus.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.ByteBlockPool;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The word ids of one point-in-time reader: the folded forms and the written forms of every segment's token
 * dictionaries ({@code tokens}, {@code tokens.surface}) merged into one id space by Lucene's {@link OrdinalMap}
 * (ids in code point order of the forms), plus ids handed out on the fly, after those, for the forms of documents
 * written in token format 2 (which carry their forms' bytes, no dictionary) and the words of documents whose text
 * had to be cut again (no token fields). Ids turn into text only for what is shown, or to break ties.
 * Interning is thread-safe; the lookups of the reader's dictionaries are not and run on one thread.
 */
final class Vocabulary {
    private final Dictionary forms;
    private final Dictionary surfaces;

    Vocabulary(IndexReader reader) throws IOException {
        this.forms = new Dictionary(reader, org.seacorpus.index.Fields.TOKENS);
        this.surfaces = new Dictionary(reader, org.seacorpus.index.Fields.TOKEN_SURFACES);
    }

    /** Folded forms and the ids of their segments' ordinals. */
    Dictionary forms() {
        return forms;
    }

    /** Written forms and the ids of their segments' ordinals. */
    Dictionary surfaces() {
        return surfaces;
    }

    /**
     * One dictionary: a segment's ordinals mapped to ids, and ids to text. Forms met by their bytes (documents of
     * token format 2, which carry their forms, and words cut from the text) are kept in one table of bytes with
     * their ids: those of a format-1 segment's dictionary get its id, the others new ones after the indexed.
     */
    static final class Dictionary {
        private final SortedSetDocValues[] segments;
        private final OrdinalMap map;
        private final int indexed;
        /** Every form looked up by its bytes so far, and its id ({@link #idOf}, by the table's own id). */
        private final BytesRefHash known = new BytesRefHash();
        private int[] idOf = new int[64];
        /** The {@link #known} entry of each id handed out after the indexed. */
        private int[] extras = new int[64];
        private int extraCount;
        private final Map<BytesRef, Integer> longIds = new HashMap<>();
        private final List<BytesRef> longForms = new ArrayList<>();
        private final BytesRef scratch = new BytesRef();
        private final Map<Integer, String> resolved = new HashMap<>();

        Dictionary(IndexReader reader, String field) throws IOException {
            int leaves = reader.leaves().size();
            segments = new SortedSetDocValues[leaves];
            for (int i = 0; i < leaves; i++) {
                segments[i] = DocValues.getSortedSet(reader.leaves().get(i).reader(), field);
            }
            map = OrdinalMap.build(null, segments, PackedInts.DEFAULT);
            indexed = Math.toIntExact(map.getValueCount());
        }

        /** Maps ordinals of the segment with this leaf index to ids (thread-safe, read-only). */
        LongValues ids(int leaf) {
            return map.getGlobalOrds(leaf);
        }

        /** The id of a form, handing out a new one when no segment has it. */
        int intern(String form) {
            BytesRef bytes = new BytesRef(form);
            return intern(bytes.bytes, bytes.offset, bytes.length);
        }

        /** The id of a form given by its UTF-8 bytes (not kept), handing out a new one when no segment has it. */
        synchronized int intern(byte[] bytes, int offset, int length) {
            scratch.bytes = bytes;
            scratch.offset = offset;
            scratch.length = length;
            if (length + 2 > ByteBlockPool.BYTE_BLOCK_SIZE) {
                return internLong(BytesRef.deepCopyOf(scratch));
            }
            int entry = known.find(scratch);
            if (entry >= 0) {
                return idOf[entry];
            }
            int id = indexed(scratch);
            entry = known.add(scratch);
            if (entry >= idOf.length) {
                idOf = ArrayUtil.grow(idOf, entry + 1);
            }
            if (id < 0) {
                id = indexed + extraCount;
                if (extraCount == extras.length) {
                    extras = ArrayUtil.grow(extras, extraCount + 1);
                }
                extras[extraCount++] = entry;
            }
            idOf[entry] = id;
            return id;
        }

        /**
         * A form too long for {@link #known}'s blocks (a word of a document whose text was cut because a form was
         * too long for a doc value): no segment has it.
         */
        private int internLong(BytesRef bytes) {
            Integer id = longIds.get(bytes);
            if (id != null) {
                return id;
            }
            if (extraCount == extras.length) {
                extras = ArrayUtil.grow(extras, extraCount + 1);
            }
            extras[extraCount] = -1 - longForms.size();
            longForms.add(bytes);
            longIds.put(bytes, indexed + extraCount);
            return indexed + extraCount++;
        }

        /** The id of a form, or -1 when it has none. */
        synchronized int find(String form) {
            BytesRef bytes = new BytesRef(form);
            if (bytes.length + 2 > ByteBlockPool.BYTE_BLOCK_SIZE) {
                return longIds.getOrDefault(bytes, -1);
            }
            int entry = known.find(bytes);
            return entry >= 0 ? idOf[entry] : indexed(bytes);
        }

        /** The id of a form in the segments' dictionaries, or -1. */
        private int indexed(BytesRef bytes) {
            try {
                for (int leaf = 0; leaf < segments.length; leaf++) {
                    long ord = segments[leaf].lookupTerm(bytes);
                    if (ord >= 0) {
                        return Math.toIntExact(map.getGlobalOrds(leaf).get(ord));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the token dictionary: " + e.getMessage(), e);
            }
            return -1;
        }

        /** Ids handed out so far: arrays indexed by id need at least this length. */
        synchronized int size() {
            return indexed + extraCount;
        }

        /** The text of an id. */
        synchronized String text(int id) {
            return resolved.computeIfAbsent(id, i -> {
                if (i >= indexed) {
                    int entry = extras[i - indexed];
                    return (entry >= 0 ? known.get(entry, new BytesRef()) : longForms.get(-1 - entry)).utf8ToString();
                }
                try {
                    return segments[map.getFirstSegmentNumber(i)].lookupOrd(map.getFirstSegmentOrd(i))
                            .utf8ToString();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the token dictionary: " + e.getMessage(), e);
                }
            });
        }

        /**
         * Compares the texts of two ids in {@link String#compareTo} order (the order lists break ties in): ids of
         * the index are in code point order, which differs from it only between supplementary characters and
         * U+E000..U+FFFF, so those and ids handed out later are compared as text.
         */
        int compare(int a, int b) {
            return text(a).compareTo(text(b));
        }
    }
}
