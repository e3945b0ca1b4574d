package org.seacorpus.dedupe;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.OptionalLong;

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
        return keptType(UCharacter.getType(cp));
    }

    private static boolean keptType(int type) {
        return switch (type) {
            case UCharacterCategory.UPPERCASE_LETTER, UCharacterCategory.LOWERCASE_LETTER,
                 UCharacterCategory.TITLECASE_LETTER, UCharacterCategory.MODIFIER_LETTER,
                 UCharacterCategory.OTHER_LETTER, UCharacterCategory.NON_SPACING_MARK,
                 UCharacterCategory.ENCLOSING_MARK, UCharacterCategory.COMBINING_SPACING_MARK,
                 UCharacterCategory.DECIMAL_DIGIT_NUMBER, UCharacterCategory.LETTER_NUMBER,
                 UCharacterCategory.OTHER_NUMBER -> true;
            default -> false;
        };
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
     */
    public static Keys keys(String text) {
        StringBuilder loose = new StringBuilder(text.length());
        StringBuilder line = new StringBuilder(128);
        long[] lines = new long[16];
        int count = 0;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (end > start && ascii(text, start, end)) {
                // NFKC case folding of ASCII lower-cases A-Z and keeps the rest; of it only letters and digits are
                // kept: the general path below gives the same characters, without a copy of the line or a
                // property look-up per character
                line.setLength(0);
                int kept = 0;
                for (int i = start; i < end; i++) {
                    char c = text.charAt(i);
                    if (c >= 'a' && c <= 'z') {
                        loose.append(c);
                        line.append(c);
                    } else if (c >= 'A' && c <= 'Z') {
                        loose.append((char) (c + ('a' - 'A')));
                        line.append((char) (c + ('a' - 'A')));
                    } else if (c >= '0' && c <= '9') {
                        loose.append(c);
                        line.append('0');
                    } else {
                        continue;
                    }
                    kept++;
                }
                if (kept >= MIN_LINE_CHARS) {
                    if (count == lines.length) {
                        lines = Arrays.copyOf(lines, count * 2);
                    }
                    lines[count++] = LINE.hashCharsToLong(line);
                }
            } else if (end > start) {
                String raw = text.substring(start, end);
                String folded = NFKC_CF.isNormalized(raw) ? raw : NFKC_CF.normalize(raw);
                line.setLength(0);
                int kept = 0;
                for (int i = 0; i < folded.length(); ) {
                    int cp = folded.codePointAt(i);
                    i += Character.charCount(cp);
                    int type = UCharacter.getType(cp);
                    if (keptType(type)) {
                        loose.appendCodePoint(cp);
                        line.appendCodePoint(type == UCharacterCategory.DECIMAL_DIGIT_NUMBER ? '0' : cp);
                        kept++;
                    }
                }
                if (kept >= MIN_LINE_CHARS) {
                    if (count == lines.length) {
                        lines = Arrays.copyOf(lines, count * 2);
                    }
                    lines[count++] = LINE.hashCharsToLong(line);
                }
            }
            // \r\n is one break; a lone \r or \n is one too (as String.lines())
            start = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2
                    : end + 1;
        }
        HashValue128 h = LOOSE.hashCharsTo128Bits(loose);
        long[] sorted = Arrays.copyOf(lines, count);
        Arrays.sort(sorted);
        return new Keys(HexFormat.of().toHexDigits(h.getMostSignificantBits())
                + HexFormat.of().toHexDigits(h.getLeastSignificantBits()), distinct(sorted));
    }

    /** True when every char of {@code text[start, end)} is ASCII. */
    private static boolean ascii(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
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
