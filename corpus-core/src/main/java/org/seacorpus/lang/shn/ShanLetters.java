package org.seacorpus.lang.shn;

/**
 * The letters and signs of the Myanmar script that only Shan uses, from the Unicode Myanmar block: Shan letter
 * A (U+1022), the Shan consonants KA…HA (U+1075–U+1081, e.g. ၵ ၶ ၸ ၼ ၽ ၾ ႁ), the Shan medial wa (U+1082 ႂ), the
 * Shan vowel signs AA, E, E-above and final Y (U+1083–U+1086 ႃ ႄ ႅ ႆ), the Shan tone marks (U+1087–U+108A ႇ ႈ ႉ ႊ),
 * the Shan council tones (U+108B–U+108D) and the Shan digits (U+1090–U+1099). Burmese text never needs them, and
 * Shan text uses them in most syllables (nearly every syllable carries a tone mark), so their share tells the
 * two languages apart. Source: The Unicode Standard, chapter 16.3 (Myanmar), and the Myanmar block chart.
 */
public final class ShanLetters {
    private ShanLetters() {
    }

    /** True for a code point only Shan uses among the languages written in Myanmar script. */
    public static boolean isShanOnly(int cp) {
        return cp == 0x1022 || (cp >= 0x1075 && cp <= 0x108D) || (cp >= 0x1090 && cp <= 0x1099);
    }

    /** Counts the Shan-only code points of a text. */
    public static int count(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            // every Shan-only code point is in the BMP: no surrogate handling needed
            if (isShanOnly(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
