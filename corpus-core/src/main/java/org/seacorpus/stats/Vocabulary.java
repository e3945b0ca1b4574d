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
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The word ids of one point-in-time reader: the folded forms and the written forms of every segment's token
 * dictionaries ({@code tokens}, {@code tokens.surface}) merged into one id space by Lucene's {@link OrdinalMap}
 * (ids in code point order of the forms), plus ids handed out on the fly, after those, for the words of documents
 * whose text had to be cut again (no token fields). Ids turn into text only for what is shown, or to break ties.
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

    /** One dictionary: a segment's ordinals mapped to ids, and ids to text. */
    static final class Dictionary {
        private final SortedSetDocValues[] segments;
        private final OrdinalMap map;
        private final int indexed;
        private final Map<String, Integer> extraIds = new HashMap<>();
        private final List<String> extras = new ArrayList<>();
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
        synchronized int intern(String form) {
            int id = find(form);
            if (id >= 0) {
                return id;
            }
            return extraIds.computeIfAbsent(form, f -> {
                extras.add(f);
                return indexed + extras.size() - 1;
            });
        }

        /** The id of a form, or -1 when it has none. */
        synchronized int find(String form) {
            Integer extra = extraIds.get(form);
            if (extra != null) {
                return extra;
            }
            BytesRef bytes = new BytesRef(form);
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
            return indexed + extras.size();
        }

        /** The text of an id. */
        synchronized String text(int id) {
            if (id >= indexed) {
                return extras.get(id - indexed);
            }
            return resolved.computeIfAbsent(id, i -> {
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
