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
 * each token its folded form and, where it is written otherwise, its written form, whether it is a word, and
 * whether a sentence ended before it; on request, where it is in the stored text. Both formats are read: in
 * format 1 the forms are ordinals of the segment's dictionaries ({@link #forms()}, {@link #surfaces()}), mapped to
 * a reader's ids when asked; in format 2 the document carries its forms' bytes, which a {@link FormIds} turns into
 * ids, or which are left as the document's own indexes of its forms ({@link #formText} gives their text). Documents
 * must be read in increasing id order. Not thread-safe: one per thread and segment.
 */
public final class LeafTokens {
    /** Ids for forms given by their UTF-8 bytes (format 2), e.g. a reader's vocabulary behind a cache. */
    public interface FormIds {
        int id(byte[] bytes, int offset, int length);
    }

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
    private int format;
    private byte[] docBytes;
    /** Format 2: where each of the document's folded forms (then written forms) is in its bytes, and its text. */
    private int[][] start2 = {new int[64], new int[16]};
    private int[][] length2 = {new int[64], new int[16]};
    private String[][] texts2 = {new String[64], new String[16]};

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
        return read(docId, null, null, null, null);
    }

    /**
     * As {@link #read(int)}, with format 1's ordinals mapped through {@code formIds} and {@code surfaceIds} (a
     * reader's ids for this segment's ordinals, e.g. an {@link org.apache.lucene.index.OrdinalMap}'s) and format 2's
     * forms given ids by {@code formBytes} and {@code surfaceBytes}, so that {@link #form} and {@link #surface} give
     * those ids; each distinct form of the document is mapped once. A null mapping leaves format 1's ordinals and
     * format 2's indexes of the document's forms.
     */
    public boolean read(int docId, LongValues formIds, LongValues surfaceIds, FormIds formBytes,
                        FormIds surfaceBytes) throws IOException {
        size = 0;
        doc = -1;
        format = 0;
        if (sequence == null || !sequence.advanceExact(docId)) {
            return false;
        }
        BytesRef bytes = sequence.binaryValue();
        if (bytes.length == 0) {
            return false;
        }
        int formCount;
        int surfaceCount;
        byte version = bytes.bytes[bytes.offset];
        in.reset(bytes.bytes, bytes.offset + 1, bytes.length - 1);
        if (version == TokenFields.FORMAT) {
            int end = bytes.offset + bytes.length;
            docBytes = bytes.bytes;
            formCount = inline(bytes.bytes, end, true, formBytes);
            surfaceCount = formCount < 0 ? -1 : inline(bytes.bytes, end, false, surfaceBytes);
            if (surfaceCount < 0) {
                return false; // does not fit its own lengths: damaged, read the text instead
            }
        } else if (version == TokenFields.FORMAT_1) {
            formCount = values(forms, docId, true, formIds);
            surfaceCount = values(surfaces, docId, false, surfaceIds);
        } else {
            return false;
        }
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
        format = version;
        return true;
    }

    /**
     * Reads format 2's count of forms and their length-prefixed bytes from {@link #in} into the local table, each
     * form's id from {@code ids} (or its index, without), and where each one's bytes are. Returns
     * the count, or -1 when a length runs past {@code end}.
     */
    private int inline(byte[] bytes, int end, boolean forForms, FormIds ids) {
        int count = in.readVInt();
        if (count < 0 || count > end - in.getPosition()) {
            return -1;
        }
        int[] table = localTable(forForms, count);
        int kind = forForms ? 0 : 1;
        if (start2[kind].length < count) {
            int length = ArrayUtil.oversize(count, Integer.BYTES);
            start2[kind] = new int[length];
            length2[kind] = new int[length];
            texts2[kind] = new String[length];
        }
        int[] starts = start2[kind];
        int[] lengths = length2[kind];
        String[] texts = texts2[kind];
        for (int k = 0; k < count; k++) {
            int length = in.readVInt();
            int at = in.getPosition();
            if (length < 0 || length > end - at) {
                return -1;
            }
            table[k] = ids == null ? k : ids.id(bytes, at, length);
            starts[k] = at;
            lengths[k] = length;
            texts[k] = null;
            in.skipBytes(length);
        }
        return count;
    }

    /** The format of the document last read: {@link TokenFields#FORMAT_1} or {@link TokenFields#FORMAT}. */
    public int format() {
        return format;
    }

    /**
     * The text of token {@code i}'s folded form, for a document of format 2 read without ids (format 1's text is
     * the {@link #forms()} dictionary's, by ordinal).
     */
    public String formText(int i) {
        return text2(0, form[i]);
    }

    /** The text of token {@code i}'s written form (a format-2 document read without ids), or null when as folded. */
    public String surfaceText(int i) {
        return surface[i] < 0 ? null : text2(1, surface[i]);
    }

    private String text2(int kind, int local) {
        String text = texts2[kind][local];
        if (text == null) {
            text = new BytesRef(docBytes, start2[kind][local], length2[kind][local]).utf8ToString();
            texts2[kind][local] = text;
        }
        return text;
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
        int[] table = localTable(forForms, count);
        for (int i = 0; i < count; i++) {
            long ord = values.nextOrd();
            table[i] = (int) (ids == null ? ord : ids.get(ord));
        }
        return count;
    }

    /** The local table of a document's folded ({@code forForms}) or written forms, grown to hold {@code count}. */
    private int[] localTable(boolean forForms, int count) {
        int[] table = forForms ? localForms : localSurfaces;
        if (table.length < count) {
            table = new int[ArrayUtil.oversize(count, Integer.BYTES)];
            if (forForms) {
                localForms = table;
            } else {
                localSurfaces = table;
            }
        }
        return table;
    }

    private void grow() {
        int length = ArrayUtil.oversize(size + 1, Integer.BYTES);
        form = ArrayUtil.growExact(form, length);
        surface = ArrayUtil.growExact(surface, length);
        flags = ArrayUtil.growExact(flags, length);
    }
}
