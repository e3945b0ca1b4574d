package org.seacorpus.dedupe;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Token;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hasher128;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;

/**
 * The dedupe keys as main computed them before session 11 (commit e53ed14), kept as the oracle of the faster code:
 * {@link TextKeys#keys} and {@link Shingler#shingles} must give exactly these values.
 */
final class KeysBefore {
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final Hasher128 LOOSE = Hashing.xxh3_128();
    private static final Hasher64 LINE = Hashing.xxh3_64(0x6c696e65L);
    private static final Hasher64 TOKEN = Hashing.xxh3_64(0x746f6b656eL);
    private static final Hasher64 SHINGLE = Hashing.xxh3_64(0x7368696e67L);

    private KeysBefore() {
    }

    /** Word shingles as {@code Shingler.shingles} computed them (each word folded by ICU). */
    static long[] wordShingles(String text, Segmenter segmenter, int size) {
        List<Token> tokens = segmenter.words(text);
        long[] units = new long[tokens.size()];
        for (int i = 0; i < units.length; i++) {
            String word = tokens.get(i).text();
            units[i] = TOKEN.hashCharsToLong(NFKC_CF.isNormalized(word) ? word : NFKC_CF.normalize(word));
        }
        if (units.length == 0) {
            return units;
        }
        int count = Math.max(1, units.length - size + 1);
        long[] out = new long[count];
        HashStream64 stream = SHINGLE.hashStream();
        for (int i = 0; i < count; i++) {
            out[i] = stream.reset().putLongs(units, i, Math.min(size, units.length - i)).getAsLong();
        }
        Arrays.sort(out);
        return TextKeys.distinct(out);
    }

    static TextKeys.Keys keys(String text) {
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
                if (kept >= TextKeys.MIN_LINE_CHARS) {
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
                if (kept >= TextKeys.MIN_LINE_CHARS) {
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
        return new TextKeys.Keys(HexFormat.of().toHexDigits(h.getMostSignificantBits())
                + HexFormat.of().toHexDigits(h.getLeastSignificantBits()), TextKeys.distinct(sorted));
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
}
