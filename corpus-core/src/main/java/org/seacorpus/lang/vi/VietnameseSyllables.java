package org.seacorpus.lang.vi;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.seacorpus.util.TableFill;
import org.seacorpus.normalize.UnitBuffer;

import com.ibm.icu.text.Normalizer2;

/**
 * Tells whether a word is a well-formed Vietnamese syllable: onset + vowel nucleus + final, at most one of the
 * five tone marks, and the phonotactic rule that a syllable closed by p, t, c or ch carries the sắc or nặng tone.
 * The inventories follow the standard description of quốc ngữ orthography (onsets, rhymes, finals as taught in
 * Vietnamese schools; see also Thompson, "A Vietnamese Reference Grammar", ch. 2).
 *
 * <p>Used to decide whether text decoded one way reads as Vietnamese (charset and legacy-font detection) and to
 * find the syllables the tone-placement rule may touch. Stateless and thread-safe.
 */
public final class VietnameseSyllables {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** The five tone marks as combining characters: huyền, sắc, ngã, hỏi, nặng. */
    public static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private static final List<String> ONSETS = List.of("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th",
            "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "");
    private static final List<String> FINALS = List.of("ng", "nh", "ch", "c", "m", "n", "p", "t", "");
    private static final Set<String> NUCLEI = Set.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi",
            "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu", "oai", "oao",
            "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu");
    /** Nuclei that end in a glide (or are open diphthongs) and take no final consonant. */
    private static final Set<String> OPEN_ONLY = Set.of("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu",
            "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu", "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya",
            "uyu", "ươi", "ươu", "yêu");
    /** Nuclei that need a final consonant. */
    private static final Set<String> CLOSED_ONLY = Set.of("ă", "â", "iê", "yê", "uô", "ươ", "oă", "uâ", "uyê");

    private VietnameseSyllables() {
    }

    /** Highest code point of a precomposed Vietnamese letter (ỹ, U+1EF9). */
    private static final int TABLE_SIZE = 0x1EFA;
    /** For each letter up to U+1EF9: the lowercase letter without tone (0 for anything else). */
    private static final char[] BASE = new char[TABLE_SIZE];
    /** For each letter up to U+1EF9: its tone mark, 0 when it has none. */
    private static final char[] TONE = new char[TABLE_SIZE];

    static {
        TableFill.inBlocks('A', TABLE_SIZE, VietnameseSyllables::bases);   // compiled after a few blocks (TableFill)
    }

    /** {@link #BASE} and {@link #TONE} of the code units {@code [from, to)}. */
    private static void bases(int from, int to) {
        for (int c = from; c < to; c++) {
            if (!Character.isLetter(c)) {
                continue;
            }
            String decomposed = NFD.normalize(String.valueOf((char) c).toLowerCase(Locale.ROOT));
            StringBuilder bare = new StringBuilder(2);
            char tone = 0;
            for (int k = 0; k < decomposed.length(); k++) {
                char d = decomposed.charAt(k);
                if (TONES.indexOf(d) >= 0) {
                    tone = d;
                } else {
                    bare.append(d);
                }
            }
            String base = NFC.normalize(bare);
            if (base.length() == 1) {
                BASE[c] = base.charAt(0);
                TONE[c] = tone;
            }
        }
    }

    /** True when {@code word} (any case, NFC or NFD) is one well-formed Vietnamese syllable. */
    public static boolean isSyllable(CharSequence word) {
        return isSyllable(word, 0, word.length());
    }

    /**
     * {@link #isSyllable(CharSequence)} of {@code text[from, to)}, without a copy: the toneless letters are packed
     * into a number as they are read ({@link Rhymes#key}), so the test allocates nothing (the legacy-font scoring
     * and the line claims test every accented word of dense Latin-1 text).
     */
    static boolean isSyllable(CharSequence word, int from, int to) {
        return isSyllable(copy(word, from, to, WORD_UNITS), 0, to - from);
    }

    /**
     * {@code text[from, to)} in {@code buffer}'s array from index 0: the loops here read arrays, not charAt (on
     * strings of both internal forms, Latin-1 and UTF-16, a charAt loop's checks failed and its callers were
     * compiled again).
     */
    private static char[] copy(CharSequence text, int from, int to, UnitBuffer buffer) {
        if (text instanceof String s) {
            return buffer.copy(s, from, to);
        }
        return buffer.copy(text.subSequence(from, to).toString());
    }

    private static final UnitBuffer WORD_UNITS = new UnitBuffer(64);
    private static final UnitBuffer TEXT_UNITS = new UnitBuffer(1024);

    /** {@link #isSyllable(CharSequence, int, int)} of {@code units[from, to)}. */
    private static boolean isSyllable(char[] units, int from, int to) {
        long key = 0;
        int n = 0;
        char last = 0;
        char toneMark = 0;
        for (int i = from; i < to; i++) {
            char c = units[i];
            char tone = 0;
            if (c < TABLE_SIZE && BASE[c] != 0) {
                last = BASE[c];
                int code = Rhymes.code(last);
                if (code == 0 || ++n > Rhymes.MAX_LETTERS) {
                    return false;   // a letter no spelling has, or longer than any
                }
                key = key << Rhymes.BITS | code;
                tone = TONE[c];
            } else if (TONES.indexOf(c) >= 0) {
                tone = c;
            } else if (n > 0 && combine(last, c) != 0) {
                last = combine(last, c);
                key = (key & ~((1L << Rhymes.BITS) - 1)) | Rhymes.code(last);
            } else {
                return false;
            }
            if (tone != 0) {
                if (toneMark != 0) {
                    return false;
                }
                toneMark = tone;
            }
        }
        return n > 0 && isRhymeOk(Rhymes.kinds(key), toneMark);
    }

    /** The lowercase letter without its tone (ấ → â, Ư → ư), or 0 for a character that is not a letter. */
    public static char baseLetter(char c) {
        return c < TABLE_SIZE ? BASE[c] : 0;
    }

    /** A letter with a combining circumflex, breve or horn (as NFD text has them), or 0. */
    private static char combine(char base, char mark) {
        return switch (mark) {
            case '\u0302' -> base == 'a' ? 'â' : base == 'e' ? 'ê' : base == 'o' ? 'ô' : 0;
            case '\u0306' -> base == 'a' ? 'ă' : 0;
            case '\u031B' -> base == 'o' ? 'ơ' : base == 'u' ? 'ư' : 0;
            default -> 0;
        };
    }

    /** True for a Vietnamese initial consonant spelling (b, ch, gh, ngh, qu…), lowercase, or the empty onset. */
    public static boolean isOnset(String onset) {
        return ONSETS.contains(onset);
    }

    private static boolean isRhymeOk(int kinds, char toneMark) {
        return (kinds & Rhymes.ANY_TONE) != 0
                || (kinds & Rhymes.STOP) != 0 && (toneMark == '\u0301' || toneMark == '\u0323');
    }

    /**
     * Every toneless spelling onset + nucleus + final that is a syllable, made once from the inventories above: a
     * syllable test is one lookup instead of trying each onset and final in turn (the legacy-font scoring and the
     * line claims test every accented word). Per spelling, which ways of reading it are allowed: {@link #ANY_TONE}
     * (open, or closed by m, n, ng, nh) or {@link #STOP} (closed by p, t, c, ch: sắc or nặng only). Loaded on
     * first use.
     */
    private static final class Rhymes {
        static final byte ANY_TONE = 1;
        static final byte STOP = 2;
        /** The letters spellings are made of, each coded 1 to 29 in {@link #BITS} bits; no spelling has more than {@link #MAX_LETTERS}. */
        private static final String LETTERS = "abcdeghiklmnopqrstuvxyăâêôơưđ";
        static final int BITS = 5;
        static final int MAX_LETTERS = 12;
        /** Open addressing: packed spelling keys and their kinds (0 for an empty slot). */
        private static final long[] KEYS;
        private static final byte[] KINDS;

        /** Per character up to ư (U+01B0): its code, 1–29 for a letter of {@link #LETTERS}, else 0. */
        private static final byte[] CODES = new byte[0x1B1];

        static {
            for (int k = 0; k < LETTERS.length(); k++) {
                CODES[LETTERS.charAt(k)] = (byte) (k + 1);
            }
        }

        static {
            Map<String, Byte> spellings = spellings();
            int size = Integer.highestOneBit(spellings.size() * 4);
            KEYS = new long[size];
            KINDS = new byte[size];
            spellings.forEach((spelling, kinds) -> {
                long key = 0;
                for (int k = 0; k < spelling.length(); k++) {
                    key = key << BITS | code(spelling.charAt(k));
                }
                int slot = slot(key);
                while (KINDS[slot] != 0) {
                    slot = (slot + 1) & (KEYS.length - 1);
                }
                KEYS[slot] = key;
                KINDS[slot] = kinds;
            });
        }

        /** 1–29 for a letter of {@link #LETTERS}, 0 for any other character. */
        static int code(char letter) {
            return letter < CODES.length ? CODES[letter] : 0;
        }

        private static int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & (KEYS.length - 1);
        }

        /** The kinds of the spelling packed as {@code key}, 0 when it is not a syllable's. */
        static int kinds(long key) {
            for (int slot = slot(key); KINDS[slot] != 0; slot = (slot + 1) & (KEYS.length - 1)) {
                if (KEYS[slot] == key) {
                    return KINDS[slot];
                }
            }
            return 0;
        }

        private static Map<String, Byte> spellings() {
            Map<String, Byte> out = new HashMap<>();
            for (String onset : ONSETS) {
                for (String nucleus : NUCLEI) {
                    for (String fin : FINALS) {
                        if (fin.isEmpty() ? CLOSED_ONLY.contains(nucleus) : OPEN_ONLY.contains(nucleus)) {
                            continue;
                        }
                        boolean stop = fin.equals("p") || fin.equals("t") || fin.equals("c") || fin.equals("ch");
                        out.merge(onset + nucleus + fin, stop ? STOP : ANY_TONE, (a, b) -> (byte) (a | b));
                    }
                }
            }
            return Map.copyOf(out);
        }
    }

    /**
     * Words (runs of letters and marks) of a text that carry a letter beyond ASCII, how many of them are
     * syllables, and the length of the shortest such word (0 when there is none).
     */
    public record Score(int words, int syllables, int shortest) {
        public double share() {
            return words == 0 ? 0.0 : syllables / (double) words;
        }
    }

    /** Scores the words of {@code text} that hold at least one non-ASCII letter or mark. */
    public static Score score(CharSequence text) {
        int n = text.length();
        char[] units = copy(text, 0, n, TEXT_UNITS);
        int words = 0;
        int syllables = 0;
        int shortest = 0;
        int i = 0;
        while (i < n) {
            int start = i;
            boolean nonAscii = false;
            while (i < n && isWordChar(units[i])) {
                nonAscii |= units[i] > 0x7F;
                i++;
            }
            if (i > start && nonAscii) {
                words++;
                shortest = shortest == 0 ? i - start : Math.min(shortest, i - start);
                if (isSyllable(units, start, i)) {
                    syllables++;
                }
            }
            if (i == start) {
                i++;
            }
        }
        return new Score(words, syllables, shortest);
    }

    /**
     * True when a line may hold Vietnamese: it has a letter only Vietnamese writes (ă, đ, ơ, ư, the precomposed
     * block U+1EA0–U+1EF9), or at least two accented words and all of them are syllables. French, Portuguese or
     * Spanish lines, where a few words (à, là, não) happen to be syllable-shaped, do not pass; lines without
     * diacritics give no evidence. A Vietnamese name in an English line makes the line pass, which is harmless:
     * the Vietnamese rules only touch Vietnamese syllables.
     */
    public static boolean looksVietnamese(CharSequence text) {
        if (hasVietnameseOnlyLetter(text)) {
            return true;
        }
        Score score = score(text);
        return score.syllables() >= 2 && score.syllables() == score.words();
    }

    /** Letters no other language of the region writes: ă, đ, ơ, ư and the precomposed Vietnamese block. */
    public static boolean hasVietnameseOnlyLetter(CharSequence text) {
        if (text instanceof String s) {
            // a String is read from copies of up to 256 units, not with charAt: on strings of both internal forms
            // (Latin-1, UTF-16) a charAt loop's checks failed and its callers were compiled again
            int n = s.length();
            for (int from = 0; from < n; from += CHUNK) {
                int to = Math.min(n, from + CHUNK);
                char[] units = UNITS.copy(s, from, to);
                for (int i = 0, k = to - from; i < k; i++) {
                    if (isVietnameseOnlyLetter(units[i])) {
                        return true;
                    }
                }
            }
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isVietnameseOnlyLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static final int CHUNK = 256;
    private static final UnitBuffer UNITS = new UnitBuffer(CHUNK);

    /** ă Ă đ Đ ơ Ơ ư Ư, or the block U+1EA0–U+1EF9 (both cases): no other character lowercases to one. */
    static boolean isVietnameseOnlyLetter(char c) {
        return c >= 0x102 && (c <= 0x1B0 ? c <= 0x103 || c == 0x110 || c == 0x111 || c == 0x1A0 || c == 0x1A1
                || c == 0x1AF || c == 0x1B0 : c >= 0x1EA0 && c <= 0x1EF9);
    }

    /** A letter (ASCII: a–z, A–Z only) or a non-spacing mark: what words are made of here. */
    static boolean isWordChar(char c) {
        return WORD[c];
    }

    /** {@link #isWordChar} per UTF-16 unit: a table, since the legacy-font scoring and the tone look ask per unit. */
    private static final boolean[] WORD = new boolean[0x10000];

    static {
        TableFill.inBlocks(WORD.length, (from, to) -> {   // compiled after a few blocks (TableFill)
            for (int c = from; c < to; c++) {
                WORD[c] = c < 0x80 ? (char) ((c | 0x20) - 'a') < 26
                        : Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
            }
        });
    }
}
