package org.seacorpus.dedupe;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.OptionalLong;

import org.seacorpus.util.CasefoldChars;

import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hasher128;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;

/**
 * The folded keys of exact and line deduplication. Folding is Unicode NFKC case folding (UAX #15 and the
 * {@code NFKC_Casefold} property of UAX #44, which also drops default-ignorable characters such as the
 * zero-width space Khmer writers type between words), then every character that is not a letter, a mark or a
 * number is dropped. Two texts that differ only in case, spacing or punctuation therefore get the same key.
 * NFKC is safe here because the folded text is only hashed, never segmented.
 */
public final class TextKeys {
    /** Lines with fewer letters and digits than this are not tracked (a lone "|" or "1." is not boilerplate). */
    public static final int MIN_LINE_CHARS = 4;

    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final Hasher128 LOOSE = Hashing.xxh3_128();
    private static final Hasher64 LINE = Hashing.xxh3_64(0x6c696e65L);

    private TextKeys() {
    }

    /** 32 hex characters: equal for texts equal after folding case, whitespace and punctuation. */
    public static String looseHash(String text) {
        HashValue128 h = LOOSE.hashCharsTo128Bits(fold(text, false));
        return HexFormat.of().toHexDigits(h.getMostSignificantBits())
                + HexFormat.of().toHexDigits(h.getLeastSignificantBits());
    }

    /**
     * The text folded for hashing: NFKC case folded, only letters, marks and numbers kept; with
     * {@code foldDigits} every decimal digit (of any script) becomes 0, so "updated 10:32" and "updated 11:05"
     * fold alike.
     */
    public static String fold(String text, boolean foldDigits) {
        String normalized = NFKC_CF.normalize(text);
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (kept(cp)) {
                out.appendCodePoint(foldDigits && UCharacter.getType(cp) == UCharacterCategory.DECIMAL_DIGIT_NUMBER
                        ? '0' : cp);
            }
        }
        return out.toString();
    }

    static boolean kept(int cp) {
        return CasefoldChars.kept(UCharacter.getType(cp));
    }

    /**
     * The hash of one line for boilerplate detection (folded as {@link #fold} with digits folded), or empty when
     * the line has fewer than {@link #MIN_LINE_CHARS} letters and numbers.
     */
    public static OptionalLong lineHash(String line) {
        String folded = fold(line, true);
        if (folded.codePointCount(0, folded.length()) < MIN_LINE_CHARS) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(LINE.hashCharsToLong(folded));
    }

    /** The distinct line hashes of a text, sorted. */
    public static long[] lineHashes(String text) {
        long[] out = text.lines().map(TextKeys::lineHash).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).toArray();
        Arrays.sort(out);
        return distinct(out);
    }

    /** The loose key and the line hashes of a text, as {@link #looseHash} and {@link #lineHashes} give them. */
    public record Keys(String looseHash, long[] lineHashes) {
    }

    /**
     * {@link #looseHash} and {@link #lineHashes} in one pass: each line is case folded once, and its kept characters
     * go both to the loose key (digits as they are) and to the line's hash (digits made 0). A line break is a
     * normalisation boundary and is never kept, so folding line by line gives the loose key of the whole text.
     * A line of simple characters ({@link CasefoldChars}: nearly every line of every language here) is folded and
     * classified with one table look-up per char, straight from the text; any other line is folded by ICU as a
     * whole. The folded characters go to per-thread buffers, not strings, as their UTF-16 little-endian bytes: the
     * hash of those bytes is the hash of the chars (hash4j hashes a char sequence as those bytes), read 8 bytes at a
     * time instead of a char at a time through a {@code CharSequence}.
     */
    public static Keys keys(String text) {
        Buffers buffers = BUFFERS.get();
        Chars loose = buffers.loose.clear(text.length());
        Chars line = buffers.line;
        long[] lines = buffers.lines;
        int count = 0;
        int start = 0;
        int n = text.length();
        // the next \n and \r at or after start (n: none), each found by indexOf and looked for again once passed:
        // a charAt loop here, on texts of both internal string forms, had its loop checks fail and the method
        // compiled again
        int nextLf = -1;
        int nextCr = -1;
        while (start <= n) {
            if (nextLf < start) {
                nextLf = text.indexOf('\n', start);
                nextLf = nextLf < 0 ? n : nextLf;
            }
            if (nextCr < start) {
                nextCr = text.indexOf('\r', start);
                nextCr = nextCr < 0 ? n : nextCr;
            }
            int end = Math.min(nextLf, nextCr);
            if (end > start) {
                int kept = simpleLine(text, start, end, loose, line, buffers);
                if (kept < 0) {
                    kept = generalLine(text.substring(start, end), loose, line);
                }
                if (kept >= MIN_LINE_CHARS) {
                    if (count == lines.length) {
                        lines = Arrays.copyOf(lines, count * 2);
                        buffers.lines = lines;
                    }
                    lines[count++] = LINE.hashBytesToLong(line.bytes, 0, line.length << 1);
                }
            }
            // \r\n is one break; a lone \r or \n is one too (as String.lines())
            start = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2
                    : end + 1;
        }
        HashValue128 h = LOOSE.hashBytesTo128Bits(loose.bytes, 0, loose.length << 1);
        long[] sorted = Arrays.copyOf(lines, count);
        Arrays.sort(sorted);
        return new Keys(HexFormat.of().toHexDigits(h.getMostSignificantBits())
                + HexFormat.of().toHexDigits(h.getLeastSignificantBits()), distinct(sorted));
    }

    /**
     * Folds line {@code text[start, end)} of simple chars ({@link CasefoldChars#fold}) into {@code loose}
     * (appended) and {@code line} (digits made 0) and returns how many chars were kept; -1, with {@code loose} as it
     * was, when the line needs ICU.
     */
    private static int simpleLine(String text, int start, int end, Chars loose, Chars line, Buffers buffers) {
        int room = CasefoldChars.MAX_EXPANSION * (end - start);
        if (buffers.folded.length < room) {
            buffers.folded = new char[Math.max(room, 2 * buffers.folded.length)];
        }
        char[] f = buffers.folded;
        int length = CasefoldChars.fold(text, start, end, f);
        if (length < 0) {
            return -1;
        }
        loose.reserve(length);
        line.clear(length);
        byte[] l = loose.bytes;
        byte[] d = line.bytes;
        int at = loose.length;
        int kept = 0;
        for (int i = 0; i < length; i++) {
            char c = f[i];
            int entry = CasefoldChars.entry(c);
            if (CasefoldChars.isKept(entry)) {
                CHAR_LE.set(l, at++ << 1, c);
                CHAR_LE.set(d, kept++ << 1, CasefoldChars.isDigit(entry) ? '0' : c);
            }
        }
        loose.length = at;
        line.length = kept;
        return kept;
    }

    /** The same for any line: folded by ICU, then each code point classified by its general category. */
    private static int generalLine(String raw, Chars loose, Chars line) {
        String folded = NFKC_CF.isNormalized(raw) ? raw : NFKC_CF.normalize(raw);
        line.clear(folded.length());
        loose.reserve(folded.length());
        int kept = 0;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            int type = UCharacter.getType(cp);
            if (CasefoldChars.kept(type)) {
                loose.append(cp);
                line.append(type == UCharacterCategory.DECIMAL_DIGIT_NUMBER ? '0' : cp);
                kept++;
            }
        }
        return kept;
    }

    /** Each thread's buffers for {@link #keys}, reused document after document. */
    private static final class Buffers {
        final Chars loose = new Chars(4096);
        final Chars line = new Chars(256);
        char[] folded = new char[768];
        long[] lines = new long[64];
    }

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private static final VarHandle CHAR_LE = MethodHandles.byteArrayViewVarHandle(char[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * A growing buffer of chars as their UTF-16 little-endian bytes (two a char), the form hash4j hashes a char
     * sequence in: hashing {@code bytes[0, 2 * length)} gives the hash of the chars.
     */
    private static final class Chars {
        byte[] bytes;
        /** In chars. */
        int length;

        Chars(int capacity) {
            bytes = new byte[capacity << 1];
        }

        /**
         * Empties the buffer, with room for {@code capacity} chars; a buffer grown past a megabyte for one long
         * document is given back when the next needs much less.
         */
        Chars clear(int capacity) {
            length = 0;
            int size = capacity << 1;
            if (bytes.length < size) {
                bytes = new byte[Math.max(size, bytes.length * 2)];
            } else if (bytes.length > 1 << 21 && bytes.length > 4 * size) {
                bytes = new byte[Math.max(size, 8192)];
            }
            return this;
        }

        /** Makes room for {@code more} chars after the current ones. */
        void reserve(int more) {
            if ((length + more) << 1 > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max((length + more) << 1, bytes.length * 2));
            }
        }

        /** Appends a code point (room for it reserved). */
        void append(int cp) {
            if (Character.isBmpCodePoint(cp)) {
                CHAR_LE.set(bytes, length++ << 1, (char) cp);
            } else {
                CHAR_LE.set(bytes, length++ << 1, Character.highSurrogate(cp));
                CHAR_LE.set(bytes, length++ << 1, Character.lowSurrogate(cp));
            }
        }
    }

    /** Removes repeats from a sorted array. */
    static long[] distinct(long[] sorted) {
        if (sorted.length == 0) {
            return sorted;
        }
        int n = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }
}
