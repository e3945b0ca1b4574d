package org.seacorpus.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.segment.Segmentation;
import org.seacorpus.segment.Token;

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

    private TokenFields() {
    }

    /** Adds the token fields of a document's segmentation; adds nothing when a form is too long to store. */
    public static void write(Segmentation segmentation, org.apache.lucene.document.Document out) {
        List<Token> tokens = segmentation.tokens();
        int n = tokens.size();
        String[] folded = new String[n];
        Map<String, Integer> forms = new HashMap<>();
        Map<String, Integer> written = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String text = tokens.get(i).text();
            folded[i] = WordForm.fold(text);
            forms.putIfAbsent(folded[i], 0);
            if (!folded[i].equals(text)) {
                written.putIfAbsent(text, 0);
            }
        }
        List<BytesRef> formValues = rank(forms);
        List<BytesRef> writtenValues = rank(written);
        if (formValues == null || writtenValues == null) {
            return;
        }
        boolean[] sentence = segmentation.sentenceBreaks();
        ByteBuffersDataOutput sequence = new ByteBuffersDataOutput(n * 2L + 1);
        ByteBuffersDataOutput offsets = new ByteBuffersDataOutput(n * 2L);
        try {
            sequence.writeByte(FORMAT);
            int previousEnd = 0;
            for (int i = 0; i < n; i++) {
                Token token = tokens.get(i);
                String text = token.text();
                boolean differs = !folded[i].equals(text);
                int entry = forms.get(folded[i]) << SHIFT | (differs ? WRITTEN : 0)
                        | (token.kind() == Token.Kind.WORD ? WORD : 0) | (sentence[i] ? SENTENCE : 0);
                sequence.writeVInt(entry);
                if (differs) {
                    sequence.writeVInt(written.get(text));
                }
                if (token.start() < previousEnd || token.end() < token.start()) {
                    return; // tokens out of order: nothing a reader could trust
                }
                offsets.writeVInt(token.start() - previousEnd);
                offsets.writeVInt(token.end() - token.start());
                previousEnd = token.end();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode tokens in memory", e);
        }
        for (BytesRef value : formValues) {
            out.add(new SortedSetDocValuesField(Fields.TOKENS, value));
        }
        for (BytesRef value : writtenValues) {
            out.add(new SortedSetDocValuesField(Fields.TOKEN_SURFACES, value));
        }
        out.add(new BinaryDocValuesField(Fields.TOKEN_SEQUENCE, new BytesRef(sequence.toArrayCopy())));
        out.add(new BinaryDocValuesField(Fields.TOKEN_OFFSETS, new BytesRef(offsets.toArrayCopy())));
    }

    /**
     * Sorts the distinct values in Lucene's order (unsigned bytes of UTF-8, which is code point order) and puts
     * each one's rank in the map; null when a value is too long for a doc value, or when two values have the same
     * bytes (text with a lone surrogate, which UTF-8 cannot hold).
     */
    private static List<BytesRef> rank(Map<String, Integer> values) {
        List<Map.Entry<BytesRef, String>> sorted = new ArrayList<>(values.size());
        for (String value : values.keySet()) {
            BytesRef bytes = new BytesRef(value);
            if (bytes.length > MAX_VALUE_BYTES) {
                return null;
            }
            sorted.add(Map.entry(bytes, value));
        }
        sorted.sort(Map.Entry.comparingByKey());
        List<BytesRef> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            BytesRef bytes = sorted.get(i).getKey();
            if (i > 0 && bytes.equals(out.get(i - 1))) {
                return null;
            }
            out.add(bytes);
            values.put(sorted.get(i).getValue(), i);
        }
        return out;
    }
}
