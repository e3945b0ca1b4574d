package org.seacorpus.dedupe;

import java.util.Arrays;
import java.util.List;

import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Token;
import org.seacorpus.segment.TokenForms;
import org.seacorpus.util.CasefoldChars;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;

/**
 * Turns a text into the set of its shingle hashes (w-shingling, Broder 1997: "On the resemblance and containment
 * of documents"). Words come from the language's {@link Segmenter} and are NFKC case folded; punctuation and
 * whitespace are not words, so they never break or make a shingle. Characters are those kept by
 * {@link TextKeys#fold}. A text shorter than one shingle gives a single shingle of all it has. Thread-safe.
 */
public final class Shingler {
    private static final Hasher64 TOKEN = Hashing.xxh3_64(0x746f6b656eL);
    private static final Hasher64 SHINGLE = Hashing.xxh3_64(0x7368696e67L);

    private final ShingleScheme scheme;

    public Shingler(ShingleScheme scheme) {
        this.scheme = scheme;
    }

    public ShingleScheme scheme() {
        return scheme;
    }

    /** The distinct shingle hashes of {@code text}, sorted; empty when it has no words (or no characters). */
    public long[] shingles(String text, Segmenter segmenter) {
        return shingles(text, segmenter, null);
    }

    /**
     * The same, given the forms the analyse stage made of the text's words ({@link TokenForms}; null for none):
     * when they are the forms of the words {@code segmenter} gives, each distinct word is hashed once from its
     * folded form instead of each word being folded and hashed. The same hashes either way.
     */
    public long[] shingles(String text, Segmenter segmenter, TokenForms forms) {
        long[] out = hashes(text, segmenter, forms);
        Arrays.sort(out);
        return TextKeys.distinct(out);
    }

    /**
     * The hash of every shingle of {@code text} in text order, repeats kept (what {@link #shingles} sorts and makes
     * distinct); empty when it has no words (or no characters). A fresh array the caller may reorder.
     */
    public long[] hashes(String text, Segmenter segmenter, TokenForms forms) {
        long[] units = scheme.kind() == ShingleScheme.Kind.WORDS ? wordHashes(text, segmenter, forms)
                : charHashes(text);
        if (units.length == 0) {
            return units;
        }
        int n = scheme.size();
        int count = Math.max(1, units.length - n + 1);
        // a shingle's hash is that of its units' 8 bytes each, little-endian, in a row (what a hash stream's putLongs
        // hashes): every unit is written to the buffer once and each shingle hashed in one call from its offset
        byte[] bytes = unitBytes(units.length);
        for (int i = 0; i < units.length; i++) {
            LONG_LE.set(bytes, i << 3, units[i]);
        }
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = SHINGLE.hashBytesToLong(bytes, i << 3, Math.min(n, units.length - i) << 3);
        }
        return out;
    }

    private static final java.lang.invoke.VarHandle LONG_LE =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** Each thread's buffer of unit bytes, reused; one grown past a megabyte is not kept. */
    private static final ThreadLocal<byte[][]> UNIT_BYTES = ThreadLocal.withInitial(() -> new byte[][] {new byte[8192]});

    private static byte[] unitBytes(int units) {
        int size = units << 3;
        byte[][] holder = UNIT_BYTES.get();
        if (holder[0].length >= size) {
            return holder[0];
        }
        byte[] bytes = new byte[Math.max(size, holder[0].length * 2)];
        if (bytes.length <= 1 << 20) {
            holder[0] = bytes;
        }
        return bytes;
    }

    /**
     * The hash of a folded word: {@code TOKEN.hashCharsToLong(word)}, computed as the hash of the word's UTF-16
     * little-endian bytes (what hash4j hashes for a char sequence), written to a per-thread buffer: read 8 bytes at a
     * time rather than through {@code charAt}.
     */
    private static long wordHash(String word, WordBytes scratch) {
        int n = word.length();
        if (scratch.chars.length < n) {
            scratch.chars = new char[Math.max(n, 2 * scratch.chars.length)];
            scratch.bytes = new byte[2 * scratch.chars.length];
        }
        char[] chars = scratch.chars;
        byte[] bytes = scratch.bytes;
        word.getChars(0, n, chars, 0);
        for (int i = 0; i < n; i++) {
            CHAR_LE.set(bytes, i << 1, chars[i]);
        }
        return TOKEN.hashBytesToLong(bytes, 0, n << 1);
    }

    /** Each thread's buffers for {@link #wordHash}; one grown for a long word is kept (a word is short). */
    private static final class WordBytes {
        char[] chars = new char[64];
        byte[] bytes = new byte[128];
    }

    private static final ThreadLocal<WordBytes> WORD_BYTES = ThreadLocal.withInitial(WordBytes::new);

    private static final java.lang.invoke.VarHandle CHAR_LE =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(char[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private static long[] wordHashes(String text, Segmenter segmenter, TokenForms forms) {
        List<Token> tokens = segmenter.words(text);
        WordBytes scratch = WORD_BYTES.get();
        if (forms != null && forms.isOf(tokens)) {
            long[] ofText = new long[forms.distinctTexts()];
            for (int slot = 0; slot < ofText.length; slot++) {
                ofText[slot] = wordHash(forms.foldedText(slot), scratch);
            }
            long[] out = new long[tokens.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ofText[forms.textOf(i)];
            }
            return out;
        }
        long[] out = new long[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            String word = tokens.get(i).text();
            // a word of simple chars is folded by table, and one folded already is hashed as it is
            out[i] = wordHash(CasefoldChars.fold(word), scratch);
        }
        return out;
    }

    private static long[] charHashes(String text) {
        String folded = TextKeys.fold(text, false);
        return folded.codePoints().asLongStream().toArray();
    }

    /** Exact Jaccard similarity of two sorted shingle sets: |A ∩ B| / |A ∪ B| (0 when both are empty). */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
