package org.seacorpus.index;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.segment.Segmentation;
import org.seacorpus.segment.Token;
import org.seacorpus.segment.TokenForms;
import org.seacorpus.util.StringSlots;

/**
 * Writes a document's tokens ({@link Segmentation}, from the analyse stage) as doc values, so that word statistics
 * and sorted concordances read them instead of cutting the stored text again:
 * <ul>
 *   <li>{@code tokens}: the distinct folded forms ({@link WordForm}) of the document's tokens, as sorted-set doc
 *       values. Lucene keeps one sorted dictionary per segment and gives each document its forms as ordinals, in
 *       the dictionary's (byte) order, through merges;</li>
 *   <li>{@code tokens.surface}: the distinct forms as written, where they differ from the folded form (น้ำ
 *       written with sara am, {@code Padi} with a capital), also sorted-set doc values;</li>
 *   <li>{@code tokens.seq}: the tokens in text order (binary doc values): a format byte, then per token the
 *       variable-length integer {@code index << 3 | written << 2 | word << 1 | sentence}, where {@code index} is
 *       the form's rank among the document's forms (its ordinal among the document's {@code tokens} values),
 *       {@code written} says a rank among its {@code tokens.surface} values follows, {@code word} marks a word
 *       (not a number, URL or e-mail address) and {@code sentence} a sentence end since the token before;</li>
 *   <li>{@code tokens.offsets}: per token, the distance from the end of the previous token to its start and its
 *       length, in UTF-16 units of the stored text (binary doc values; read only by the concordance).</li>
 * </ul>
 * A rank rather than an ordinal goes into the sequence because ordinals change when segments merge, while a
 * document's forms keep their order. A document with a form longer than Lucene's limit for a doc value
 * (32,766 bytes) gets none of these fields; readers then cut its stored text as before ({@link LeafTokens}).
 */
public final class TokenFields {
    /** The first byte of {@code tokens.seq}: a reader skips a document written in a format it does not know. */
    public static final byte FORMAT = 1;
    static final int SENTENCE = 1;
    static final int WORD = 2;
    static final int WRITTEN = 4;
    static final int SHIFT = 3;
    /** Longest value Lucene accepts in sorted-set doc values. */
    static final int MAX_VALUE_BYTES = IndexWriter.MAX_TERM_LENGTH;
    /** Each thread's two slot tables (forms, written forms), reused document after document. */
    private static final ThreadLocal<StringSlots[]> SLOTS = ThreadLocal.withInitial(
            () -> new StringSlots[] {new StringSlots(), new StringSlots()});

    private TokenFields() {
    }

    /** Adds the token fields of a document's segmentation; adds nothing when a form is too long to store. */
    public static void write(Segmentation segmentation, org.apache.lucene.document.Document out) {
        write(segmentation, TokenForms.of(segmentation.tokens()), out);
    }

    /**
     * The same, with the segmentation's tokens already folded (the main text field folds them too); returns the
     * UTF-8 bytes of each distinct token text's folded form (by {@link TokenForms#textOf} slot, not to be written
     * to), for the main text field to index without encoding each token again, or null when a form is too long for
     * a doc value (the main field then encodes its terms itself).
     */
    static BytesRef[] write(Segmentation segmentation, TokenForms folded, org.apache.lucene.document.Document out) {
        List<Token> tokens = segmentation.tokens();
        int n = tokens.size();
        // forms and written forms get slots in the order first seen, each distinct token text looked at once
        int texts = folded.distinctTexts();
        StringSlots[] tables = SLOTS.get();
        StringSlots formSlots = tables[0].reset(texts);
        StringSlots writtenSlots = tables[1].reset(texts);
        List<String> forms = new ArrayList<>();
        List<String> written = new ArrayList<>();
        int[] formOfText = new int[texts];
        int[] writtenOfText = new int[texts];
        slots(folded, texts, formSlots, forms, formOfText, writtenSlots, written, writtenOfText);
        BytesRef[] formValues = new BytesRef[forms.size()];
        BytesRef[] formBytes = new BytesRef[forms.size()];
        int[] formRank = rank(forms, formValues, formBytes);
        BytesRef[] textBytes = null;
        if (formRank != null) {
            textBytes = new BytesRef[texts];
            for (int slot = 0; slot < texts; slot++) {
                textBytes[slot] = formBytes[formOfText[slot]];
            }
        }
        BytesRef[] writtenValues = new BytesRef[written.size()];
        int[] writtenRank = rank(written, writtenValues, new BytesRef[written.size()]);
        if (formRank == null || writtenRank == null) {
            return textBytes;
        }
        boolean[] sentence = segmentation.sentenceBreaks();
        VInts sequence = new VInts(n * 2 + 1);
        VInts offsets = new VInts(n * 2);
        if (!sequence(tokens, folded, sentence, formOfText, formRank, writtenOfText, writtenRank, sequence, offsets)) {
            return textBytes; // tokens out of order: nothing a reader could trust
        }
        addValues(out, Fields.TOKENS, formValues);
        addValues(out, Fields.TOKEN_SURFACES, writtenValues);
        out.add(new BinaryDocValuesField(Fields.TOKEN_SEQUENCE, sequence.bytes()));
        out.add(new BinaryDocValuesField(Fields.TOKEN_OFFSETS, offsets.bytes()));
        return textBytes;
    }

    /**
     * The token loop of {@link #write}, a method of its own so that the compiler's work on this loop (compiled on
     * stack while a long document runs, or again after a deoptimisation) is not a recompilation of all of
     * {@code write}: each token's entry (and written form's rank) into {@code sequence}, its offsets into
     * {@code offsets}; false when the tokens are out of order.
     */
    private static boolean sequence(List<Token> tokens, TokenForms folded, boolean[] sentence, int[] formOfText,
                                    int[] formRank, int[] writtenOfText, int[] writtenRank, VInts sequence,
                                    VInts offsets) {
        int n = tokens.size();
        sequence.writeByte(FORMAT);
        int previousEnd = 0;
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            int text = folded.textOf(i);
            int writtenSlot = writtenOfText[text];
            int entry = formRank[formOfText[text]] << SHIFT | (writtenSlot >= 0 ? WRITTEN : 0)
                    | (token.kind() == Token.Kind.WORD ? WORD : 0) | (sentence[i] ? SENTENCE : 0);
            sequence.writeVInt(entry);
            if (writtenSlot >= 0) {
                sequence.writeVInt(writtenRank[writtenSlot]);
            }
            if (token.start() < previousEnd || token.end() < token.start()) {
                return false;
            }
            offsets.writeVInt(token.start() - previousEnd);
            offsets.writeVInt(token.end() - token.start());
            previousEnd = token.end();
        }
        return true;
    }

    private static void addValues(org.apache.lucene.document.Document out, String field, BytesRef[] values) {
        for (BytesRef value : values) {
            out.add(new SortedSetDocValuesField(field, value));
        }
    }

    /**
     * A growing byte array written with Lucene's variable-length integers ({@code DataOutput.writeVInt}: seven
     * bits a byte, low bits first, the high bit set on every byte but the last), the same bytes as a
     * {@code ByteBuffersDataOutput} without its blocks and copies.
     */
    static final class VInts {
        private byte[] bytes;
        private int length;

        VInts(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        void writeByte(byte b) {
            if (length == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[length++] = b;
        }

        void writeVInt(int value) {
            if (length + 5 > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + 5));
            }
            while ((value & ~0x7F) != 0) {
                bytes[length++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            bytes[length++] = (byte) value;
        }

        /** The bytes written, without a copy (Lucene copies a doc value when the document is added). */
        BytesRef bytes() {
            return new BytesRef(bytes, 0, length);
        }
    }

    /** The form slot and written form slot (-1: the form itself) of each distinct token text, in {@link #write}. */
    private static void slots(TokenForms folded, int texts, StringSlots formSlots, List<String> forms,
                              int[] formOfText, StringSlots writtenSlots, List<String> written, int[] writtenOfText) {
        for (int slot = 0; slot < texts; slot++) {
            String text = folded.text(slot);
            String form = folded.foldedText(slot);
            formOfText[slot] = slotOf(form, formSlots, forms);
            writtenOfText[slot] = form.equals(text) ? -1 : slotOf(text, writtenSlots, written);
        }
    }

    /** The slot of {@code value}, given the next free one (and appended to {@code values}) the first time. */
    private static int slotOf(String value, StringSlots slots, List<String> values) {
        int slot = slots.slotOf(value);
        if (slot < 0) {
            values.add(value);
            return -slot - 1;
        }
        return slot;
    }

    /** The first eight bytes of {@code bytes}, big-endian, zeros after its end: unsigned order is byte order. */
    static long prefix(BytesRef bytes) {
        long key = 0;
        int n = Math.min(8, bytes.length);
        for (int k = 0; k < n; k++) {
            key |= (bytes.bytes[bytes.offset + k] & 0xFFL) << (56 - 8 * k);
        }
        return key;
    }

    /**
     * {@code a.compareTo(b)} (unsigned bytes) given their {@link #prefix}es. Equal prefixes with one value of at
     * most eight bytes mean that value is a prefix of the other (the other's bytes up to eight are the padding's
     * zeros), so the shorter comes first; with both longer, the whole bytes decide.
     */
    static int compare(long prefixA, BytesRef a, long prefixB, BytesRef b) {
        if (prefixA != prefixB) {
            return Long.compareUnsigned(prefixA, prefixB);
        }
        if (a.length <= 8 || b.length <= 8) {
            return Integer.compare(a.length, b.length);
        }
        return a.compareTo(b);
    }

    /**
     * Sorts the distinct values in Lucene's order (unsigned bytes of UTF-8, which is code point order) into
     * {@code sorted} and returns each slot's rank; null when a value is too long for a doc value, or when two
     * values have the same bytes (text with a lone surrogate, which UTF-8 cannot hold). Values are compared by their
     * first eight bytes as one unsigned long first (most words differ there), and by their whole bytes only when
     * those are equal and both values are longer. Each value's bytes are left by slot in {@code bytes} (all of
     * them when the rank is not null), for the main text field's terms. (A per-thread table from a form to its bytes,
     * to encode a form once per thread rather than once per document, was tried in session 17 and dropped: its
     * look-up cost more CPU at 100k than the encoding it saved, see docs/benchmarks.md.)
     */
    private static int[] rank(List<String> values, BytesRef[] sorted, BytesRef[] bytes) {
        int size = values.size();
        long[] prefix = new long[size];
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            BytesRef value = new BytesRef(values.get(i));
            if (value.length > MAX_VALUE_BYTES) {
                return null;
            }
            bytes[i] = value;
            prefix[i] = prefix(value);
            order[i] = i;
        }
        sort(order, new int[size], 0, size, prefix, bytes);
        int[] rankOf = new int[size];
        for (int i = 0; i < size; i++) {
            sorted[i] = bytes[order[i]];
        }
        if (size > 0) {
            rankOf[order[0]] = 0;
        }
        // from 1, not from 0 with an i > 0 test: the compiler checks sorted[i - 1]'s index for the whole loop
        // before it starts (a profiled loop predicate), and with i = 0 in range that check failed on every call
        for (int i = 1; i < size; i++) {
            if (sorted[i].equals(sorted[i - 1])) {
                return null;
            }
            rankOf[order[i]] = i;
        }
        return rankOf;
    }

    /**
     * Sorts {@code order[from, to)}, slots of values, by {@link #compare} of their values: a merge sort (insertion
     * sort for short ranges) of its own rather than a subclass of Lucene's {@code IntroSorter}, whose calls Lucene
     * makes on sorters of its own while it flushes: one more sorter class there made those call sites see two or
     * more classes, and the compiled flush code was thrown away and compiled again. Values with equal bytes end up
     * side by side in some order (the caller then gives up); distinct values in their one order.
     */
    private static void sort(int[] order, int[] scratch, int from, int to, long[] prefix, BytesRef[] bytes) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int slot = order[i];
                int j = i - 1;
                while (j >= from && compare(prefix[slot], bytes[slot], prefix[order[j]], bytes[order[j]]) < 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = slot;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sort(order, scratch, from, mid, prefix, bytes);
        sort(order, scratch, mid, to, prefix, bytes);
        int last = order[mid - 1];
        int first = order[mid];
        if (compare(prefix[last], bytes[last], prefix[first], bytes[first]) <= 0) {
            return;
        }
        System.arraycopy(order, from, scratch, from, to - from);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            int a = scratch[i];
            int b = scratch[j];
            if (compare(prefix[b], bytes[b], prefix[a], bytes[a]) < 0) {
                order[k++] = b;
                j++;
            } else {
                order[k++] = a;
                i++;
            }
        }
        while (i < mid) {
            order[k++] = scratch[i++];
        }
        while (j < to) {
            order[k++] = scratch[j++];
        }
    }
}
