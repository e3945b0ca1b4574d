package org.seacorpus.lang.identify;

import com.ibm.icu.lang.UScript;

/**
 * How much one letter of a script says, in Latin letters: when a line or a document mixes scripts, its language is
 * the one with most letters <em>weighted by script</em>, because a Han character carries about a word and a Thai
 * letter about what a Latin letter does. The weights are the number of Latin letters that say the same as one
 * letter of the script, measured on parallel text where there is some:
 * <ul>
 *   <li>Thai 1.13 and Burmese 0.98: letters of the Indonesian version per letter of the Thai and Burmese versions
 *       of the 1,372 TALPCo sentences (Nomoto et al. 2018, CC BY 4.0);</li>
 *   <li>Lao 1.12: Thai's weight divided by the Lao letters per Thai letter (1.01) of the 265 sentence pairs of the
 *       Thai–Lao parallel corpus of the Thai embassy in Vientiane;</li>
 *   <li>Khmer 1.5: mean letters of Tatoeba's Indonesian sentences over those of its Khmer sentences (different
 *       sentences of the same everyday kind, so a rough figure);</li>
 *   <li>Han 3: a Chinese word is about 1.6 characters and an English word about 5 letters;</li>
 *   <li>Hangul 2.5, kana 1.5 (syllabic scripts); every other script, Tamil included, 1.</li>
 * </ul>
 * The weights only decide between scripts; within one script letters are counted as they are.
 */
final class ScriptWeights {
    private static final double[] WEIGHTS = new double[UScript.CODE_LIMIT];

    static {
        java.util.Arrays.fill(WEIGHTS, 1.0);
        WEIGHTS[UScript.THAI] = 1.13;
        WEIGHTS[UScript.LAO] = 1.12;
        WEIGHTS[UScript.MYANMAR] = 0.98;
        WEIGHTS[UScript.KHMER] = 1.5;
        WEIGHTS[UScript.HAN] = 3.0;
        WEIGHTS[UScript.SIMPLIFIED_HAN] = 3.0;
        WEIGHTS[UScript.TRADITIONAL_HAN] = 3.0;
        WEIGHTS[UScript.HANGUL] = 2.5;
        WEIGHTS[UScript.HIRAGANA] = 1.5;
        WEIGHTS[UScript.KATAKANA] = 1.5;
        WEIGHTS[UScript.JAPANESE] = 2.0;
    }

    private ScriptWeights() {
    }

    /** The weight of one letter of a script code ({@link ScriptScan#NONE} weighs 1). */
    static double of(int script) {
        return script >= 0 && script < WEIGHTS.length ? WEIGHTS[script] : 1.0;
    }

    /** The weight of one letter of a script given by its ISO 15924 code. */
    static double of(String script) {
        int code = ScriptScan.code(script);
        return of(code);
    }
}
