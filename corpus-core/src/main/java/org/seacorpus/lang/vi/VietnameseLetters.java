package org.seacorpus.lang.vi;

import org.seacorpus.normalize.UnitBuffer;

import com.ibm.icu.text.Normalizer2;

/**
 * Decides Vietnamese by its letters: the Vietnamese alphabet adds ă, â, đ, ê, ô, ơ, ư and five tone marks, and
 * several of the resulting letters exist in no other Latin orthography in use (đ, ơ, ư, ă, ĩ, ũ and the block
 * U+1EA0–U+1EF9 of Latin Extended Additional, e.g. ạ ả ấ ệ ộ ự). Real Vietnamese puts such a letter in a large
 * share of its syllables; a Vietnamese name inside English text does not.
 *
 * <p>The rule: Vietnamese when at least {@value #MIN_ONLY_SHARE} of the words carry a Vietnamese-only letter and at
 * least {@value #MIN_DIACRITIC_SHARE} carry any Vietnamese diacritic (à, é, ô… count here). Text written without
 * diacritics is left to the statistical model. Source: the Vietnamese alphabet (chữ Quốc ngữ) as encoded by
 * Unicode; the shares were set on the project's development set.
 */
public final class VietnameseLetters {
    public static final double MIN_ONLY_SHARE = 0.10;
    public static final double MIN_DIACRITIC_SHARE = 0.30;
    private static final String SHARED_DIACRITICS = "àáâãèéêìíòóôõùúý";
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private VietnameseLetters() {
    }

    /** Word counts behind the decision. */
    public record Evidence(int words, int vietnameseOnlyWords, int diacriticWords) {
        public boolean isVietnamese() {
            return words > 0 && vietnameseOnlyWords > 0
                    && vietnameseOnlyWords >= MIN_ONLY_SHARE * words
                    && diacriticWords >= MIN_DIACRITIC_SHARE * words;
        }

        /** Confidence in [0, 1] that grows with the share of marked words; 0 when the rule does not decide. */
        public double score() {
            if (!isVietnamese()) {
                return 0.0;
            }
            double unmarked = 1.0 - diacriticWords / (double) words;
            return 1.0 - unmarked * unmarked;
        }
    }

    /**
     * False when the text cannot pass the rule whatever its words: every Vietnamese-only letter is at U+0100 or
     * above (and a decomposed one carries a combining mark at U+0300 or above), so text of Latin-1 characters only
     * has none, before or after NFC. A one-pass check that spares most Latin text the NFC and the word count.
     */
    public static boolean mayBeVietnamese(CharSequence text) {
        if (text instanceof String s) {
            // a String is read from copies of up to 256 units, not with charAt: on strings of both internal forms
            // (Latin-1, UTF-16) a charAt loop's checks failed and its callers were compiled again
            int n = s.length();
            for (int from = 0; from < n; from += CHUNK) {
                int to = Math.min(n, from + CHUNK);
                char[] units = UNITS.copy(s, from, to);
                for (int i = 0, k = to - from; i < k; i++) {
                    if (units[i] >= 0x100) {
                        return true;
                    }
                }
            }
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x100) {
                return true;
            }
        }
        return false;
    }

    private static final int CHUNK = 256;
    private static final UnitBuffer UNITS = new UnitBuffer(CHUNK);

    /** True for the letters only Vietnamese uses (either case). */
    public static boolean isVietnameseOnly(int cp) {
        int lower = Character.toLowerCase(cp);
        return (lower >= 0x1EA0 && lower <= 0x1EF9) || lower == 'đ' || lower == 'ơ' || lower == 'ư'
                || lower == 'ă' || lower == 'ĩ' || lower == 'ũ';
    }

    public static Evidence measure(CharSequence text) {
        String nfc = NFC.normalize(text);
        int words = 0;
        int onlyWords = 0;
        int diacriticWords = 0;
        boolean inWord = false;
        boolean hasOnly = false;
        boolean hasDiacritic = false;
        for (int i = 0; i <= nfc.length(); ) {
            int cp = i < nfc.length() ? nfc.codePointAt(i) : ' ';
            // an ASCII letter is a–z or A–Z, neither Vietnamese-only nor one of the shared diacritics
            boolean ascii = cp < 0x80;
            if (ascii ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : Character.isLetter(cp)) {
                inWord = true;
                if (!ascii) {
                    boolean only = isVietnameseOnly(cp);
                    hasOnly |= only;
                    hasDiacritic |= only || SHARED_DIACRITICS.indexOf(Character.toLowerCase(cp)) >= 0;
                }
            } else if (inWord) {
                words++;
                onlyWords += hasOnly ? 1 : 0;
                diacriticWords += hasDiacritic ? 1 : 0;
                inWord = false;
                hasOnly = false;
                hasDiacritic = false;
            }
            i += i < nfc.length() ? Character.charCount(cp) : 1;
        }
        return new Evidence(words, onlyWords, diacriticWords);
    }
}
