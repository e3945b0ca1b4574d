package org.seacorpus.index;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.segment.Segmentation;
import org.seacorpus.segment.Token;
import org.seacorpus.segment.TokenForms;
import org.seacorpus.util.StringSlots;

/**
 * Writes a document's tokens ({@link Segmentation}, from the analyse stage) as doc values, so that word statistics
 * and sorted concordances read them instead of cutting the stored text again (format 2; docs/store.md describes
 * both formats, {@link LeafTokens} reads both):
 * <ul>
 *   <li>{@code tokens.seq} (binary doc values): the format byte; the number of the document's distinct folded
 *       forms ({@link WordForm}) and each one's UTF-8 bytes behind their length, in the order the text first has
 *       them; the same for the distinct forms as written where they differ from the folded form (น้ำ written with
 *       sara am, {@code Padi} with a capital); then per token the variable-length integer
 *       {@code index << 3 | written << 2 | word << 1 | sentence}, where {@code index} is the form's place in the
 *       first list, {@code written} says the written form's place in the second list follows, {@code word} marks a
 *       word (not a number, URL or e-mail address) and {@code sentence} a sentence end since the token before;</li>
 *   <li>{@code tokens.offsets}: per token, the distance from the end of the previous token to its start and its
 *       length, in UTF-16 units of the stored text (binary doc values; read only by the concordance).</li>
 * </ul>
 * Format 1 (imports before session 18) kept the forms in sorted-set doc values ({@code tokens},
 * {@code tokens.surface}) and each token's rank among them, which cost a sort of each document's forms and
 * Lucene's hashing of every value at import. A document with a form longer than Lucene's limit for a term
 * (32,766 bytes), or with two forms of the same UTF-8 bytes (lone surrogates), gets none of these fields; readers
 * then cut its stored text as before.
 */
public final class TokenFields {
    /** The first byte of {@code tokens.seq}: a reader skips a document written in a format it does not know. */
    public static final byte FORMAT = 2;
    /** The format with sorted-set forms ({@code tokens}, {@code tokens.surface}) and ranks in the sequence. */
    public static final byte FORMAT_1 = 1;
    static final int SENTENCE = 1;
    static final int WORD = 2;
    static final int WRITTEN = 4;
    static final int SHIFT = 3;
    /** Longest form stored: Lucene's limit for a term (and format 1's sorted-set values). */
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
        BytesRef[] formBytes = encode(forms);
        if (formBytes == null || formBytes == DUPLICATE) {
            return null; // the main field encodes its terms itself
        }
        BytesRef[] textBytes = new BytesRef[texts];
        for (int slot = 0; slot < texts; slot++) {
            textBytes[slot] = formBytes[formOfText[slot]];
        }
        BytesRef[] writtenBytes = encode(written);
        if (writtenBytes == null || writtenBytes == DUPLICATE) {
            return textBytes;
        }
        boolean[] sentence = segmentation.sentenceBreaks();
        int inline = 0;
        for (BytesRef b : formBytes) {
            inline += b.length + 3;
        }
        for (BytesRef b : writtenBytes) {
            inline += b.length + 3;
        }
        VInts sequence = new VInts(n * 2 + 11 + inline);
        VInts offsets = new VInts(n * 2);
        sequence.writeByte(FORMAT);
        inline(sequence, formBytes);
        inline(sequence, writtenBytes);
        if (!sequence(tokens, folded, sentence, formOfText, writtenOfText, sequence, offsets)) {
            return textBytes; // tokens out of order: nothing a reader could trust
        }
        out.add(new BinaryDocValuesField(Fields.TOKEN_SEQUENCE, sequence.bytes()));
        out.add(new BinaryDocValuesField(Fields.TOKEN_OFFSETS, offsets.bytes()));
        return textBytes;
    }

    /** A marker of {@link #encode}: two values with the same bytes. */
    private static final BytesRef[] DUPLICATE = new BytesRef[0];

    /** The count and the length-prefixed bytes of the values, in slot order. */
    private static void inline(VInts out, BytesRef[] values) {
        out.writeVInt(values.length);
        for (BytesRef value : values) {
            out.writeVInt(value.length);
            out.writeBytes(value.bytes, value.offset, value.length);
        }
    }

    /**
     * The UTF-8 bytes of each value, by slot; null when one is too long for a doc value (the limit of the format-1
     * sorted-set values, kept so that format 2 stores the same documents), {@link #DUPLICATE} when two values have
     * the same bytes (text with a lone surrogate, which UTF-8 cannot hold: both become U+FFFD).
     */
    private static BytesRef[] encode(List<String> values) {
        int size = values.size();
        BytesRef[] bytes = new BytesRef[size];
        boolean surrogates = false;
        for (int i = 0; i < size; i++) {
            String s = values.get(i);
            BytesRef value = new BytesRef(s);
            if (value.length > MAX_VALUE_BYTES) {
                return null;
            }
            if (value.length != s.length() && !surrogates) {
                surrogates = hasSurrogate(s);
            }
            bytes[i] = value;
        }
        if (surrogates && new java.util.HashSet<>(java.util.Arrays.asList(bytes)).size() < size) {
            return DUPLICATE;
        }
        return bytes;
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token loop of {@link #write}, a method of its own so that the compiler's work on this loop (compiled on
     * stack while a long document runs, or again after a deoptimisation) is not a recompilation of all of
     * {@code write}: each token's entry (and written form's rank) into {@code sequence}, its offsets into
     * {@code offsets}; false when the tokens are out of order.
     */
    private static boolean sequence(List<Token> tokens, TokenForms folded, boolean[] sentence, int[] formOfText,
                                    int[] writtenOfText, VInts sequence, VInts offsets) {
        int n = tokens.size();
        int previousEnd = 0;
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            int text = folded.textOf(i);
            int writtenSlot = writtenOfText[text];
            int entry = formOfText[text] << SHIFT | (writtenSlot >= 0 ? WRITTEN : 0)
                    | (token.kind() == Token.Kind.WORD ? WORD : 0) | (sentence[i] ? SENTENCE : 0);
            sequence.writeVInt(entry);
            if (writtenSlot >= 0) {
                sequence.writeVInt(writtenSlot);
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

        void writeBytes(byte[] b, int offset, int length) {
            if (this.length + length > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, this.length + length));
            }
            System.arraycopy(b, offset, bytes, this.length, length);
            this.length += length;
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
}
