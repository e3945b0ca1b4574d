package org.seacorpus.index;

import java.io.IOException;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * Reads the tokens of one document after another from one segment (the fields {@link TokenFields} writes): for
 * each token its folded form and, where it is written otherwise, its written form, as ordinals of the segment's
 * dictionaries ({@link #forms()}, {@link #surfaces()}), whether it is a word, and whether a sentence ended before
 * it; on request, where it is in the stored text. Documents must be read in increasing id order. Not thread-safe:
 * one per thread and segment.
 */
public final class LeafTokens {
    private final SortedSetDocValues forms;
    private final SortedSetDocValues surfaces;
    private final BinaryDocValues sequence;
    private final BinaryDocValues offsets;
    private final ByteArrayDataInput in = new ByteArrayDataInput();
    private int[] localForms = new int[64];
    private int[] localSurfaces = new int[16];
    private int size;
    private int[] form = new int[256];
    private int[] surface = new int[256];
    private byte[] flags = new byte[256];
    private int[] start = new int[0];
    private int[] end = new int[0];
    private int doc = -1;

    private LeafTokens(LeafReader leaf) throws IOException {
        this.forms = DocValues.getSortedSet(leaf, Fields.TOKENS);
        this.surfaces = DocValues.getSortedSet(leaf, Fields.TOKEN_SURFACES);
        this.sequence = leaf.getBinaryDocValues(Fields.TOKEN_SEQUENCE);
        this.offsets = leaf.getBinaryDocValues(Fields.TOKEN_OFFSETS);
    }

    public static LeafTokens of(LeafReader leaf) throws IOException {
        return new LeafTokens(leaf);
    }

    /** The segment's dictionary of folded forms (for looking ordinals and terms up, not for iterating). */
    public SortedSetDocValues forms() {
        return forms;
    }

    /** The segment's dictionary of written forms that differ from their folded form. */
    public SortedSetDocValues surfaces() {
        return surfaces;
    }

    /**
     * Reads a document's tokens; false when it has none stored (imported before these fields existed, written in
     * a format this reader does not know, or with a form too long to store): the caller then cuts its text.
     */
    public boolean read(int docId) throws IOException {
        return read(docId, null, null);
    }

    /**
     * As {@link #read(int)}, with the ordinals mapped through {@code formIds} and {@code surfaceIds} (a reader's
     * ids for this segment's ordinals, e.g. an {@link org.apache.lucene.index.OrdinalMap}'s), so that
     * {@link #form} and {@link #surface} give those ids; each distinct form of the document is mapped once.
     */
    public boolean read(int docId, LongValues formIds, LongValues surfaceIds) throws IOException {
        size = 0;
        doc = -1;
        if (sequence == null || !sequence.advanceExact(docId)) {
            return false;
        }
        BytesRef bytes = sequence.binaryValue();
        if (bytes.length == 0 || bytes.bytes[bytes.offset] != TokenFields.FORMAT) {
            return false;
        }
        int formCount = values(forms, docId, true, formIds);
        int surfaceCount = values(surfaces, docId, false, surfaceIds);
        in.reset(bytes.bytes, bytes.offset + 1, bytes.length - 1);
        while (!in.eof()) {
            int entry = in.readVInt();
            int local = entry >>> TokenFields.SHIFT;
            if (local >= formCount) {
                size = 0;
                return false; // does not fit the document's forms: damaged, read the text instead
            }
            if (size == form.length) {
                grow();
            }
            form[size] = localForms[local];
            flags[size] = (byte) (entry & (TokenFields.WORD | TokenFields.SENTENCE));
            if ((entry & TokenFields.WRITTEN) != 0) {
                int written = in.readVInt();
                if (written >= surfaceCount) {
                    size = 0;
                    return false;
                }
                surface[size] = localSurfaces[written];
            } else {
                surface[size] = -1;
            }
            size++;
        }
        doc = docId;
        return true;
    }

    /** Reads where each token of the document last {@link #read} is; false when the offsets are missing. */
    public boolean readOffsets() throws IOException {
        if (doc < 0 || offsets == null || !offsets.advanceExact(doc)) {
            return false;
        }
        BytesRef bytes = offsets.binaryValue();
        in.reset(bytes.bytes, bytes.offset, bytes.length);
        if (start.length < size) {
            start = new int[ArrayUtil.oversize(size, Integer.BYTES)];
            end = new int[start.length];
        }
        int previous = 0;
        for (int i = 0; i < size; i++) {
            if (in.eof()) {
                return false;
            }
            start[i] = previous + in.readVInt();
            end[i] = start[i] + in.readVInt();
            previous = end[i];
        }
        return true;
    }

    /** Tokens of the document read. */
    public int size() {
        return size;
    }

    /** The ordinal of token {@code i}'s folded form in {@link #forms()} (or its id, when read with ids). */
    public int form(int i) {
        return form[i];
    }

    /** The ordinal of token {@code i}'s written form in {@link #surfaces()}, or -1 when it is written as folded. */
    public int surface(int i) {
        return surface[i];
    }

    /** True for a word; false for a number, URL or e-mail address. */
    public boolean isWord(int i) {
        return (flags[i] & TokenFields.WORD) != 0;
    }

    /** True when a sentence ended between the start of the token before and the start of this one. */
    public boolean sentenceBefore(int i) {
        return (flags[i] & TokenFields.SENTENCE) != 0;
    }

    /** Offset of token {@code i} in the stored text (after {@link #readOffsets}). */
    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    /** Fills the local table of a document's sorted-set values; returns how many there are. */
    private int values(SortedSetDocValues values, int docId, boolean forForms, LongValues ids) throws IOException {
        if (!values.advanceExact(docId)) {
            return 0;
        }
        int count = values.docValueCount();
        int[] table = forForms ? localForms : localSurfaces;
        if (table.length < count) {
            table = new int[ArrayUtil.oversize(count, Integer.BYTES)];
            if (forForms) {
                localForms = table;
            } else {
                localSurfaces = table;
            }
        }
        for (int i = 0; i < count; i++) {
            long ord = values.nextOrd();
            table[i] = (int) (ids == null ? ord : ids.get(ord));
        }
        return count;
    }

    private void grow() {
        int length = ArrayUtil.oversize(size + 1, Integer.BYTES);
        form = ArrayUtil.growExact(form, length);
        surface = ArrayUtil.growExact(surface, length);
        flags = ArrayUtil.growExact(flags, length);
    }
}
