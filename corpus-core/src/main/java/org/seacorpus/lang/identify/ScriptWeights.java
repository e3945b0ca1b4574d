package org.seacorpus.lang.identify;

import java.util.Arrays;
import java.util.Collection;

import com.ibm.icu.lang.UScript;
import org.seacorpus.lang.LanguageProfile;
import org.seacorpus.lang.LanguageProfiles;

/**
 * How much one letter of a script says, in Latin letters: when a line or a document mixes scripts, its language is
 * the one with most letters <em>weighted by script</em>, because a Han character carries about a word and a Thai
 * letter about what a Latin letter does. The weights of the languages' own scripts are the profiles'
 * ({@code langid_letter_weight}, each with the parallel text it was measured on: Thai 1.13, Lao 1.12, Burmese and
 * Shan 0.98, Khmer 1.5, Chinese 3); those of scripts no language here owns are Unicode facts kept here: Hangul
 * 2.5 and kana 1.5 (syllabic scripts), Japanese (Han with kana) 2. Every other script, Tamil included, weighs 1.
 * The weights only decide between scripts; within one script letters are counted as they are.
 */
final class ScriptWeights {
    private static final double[] WEIGHTS = weights(LanguageProfiles.builtIn().all());

    private ScriptWeights() {
    }

    /**
     * The weights by script code: 1, the syllabic scripts of no language here, then each profile's weight for each
     * of its scripts.
     *
     * @throws IllegalStateException when two profiles give one script different weights, naming both
     */
    static double[] weights(Collection<LanguageProfile> profiles) {
        double[] weights = new double[UScript.CODE_LIMIT];
        Arrays.fill(weights, 1.0);
        weights[UScript.HANGUL] = 2.5;
        weights[UScript.HIRAGANA] = 1.5;
        weights[UScript.KATAKANA] = 1.5;
        weights[UScript.JAPANESE] = 2.0;
        String[] from = new String[weights.length];
        for (LanguageProfile profile : profiles) {
            Double weight = profile.langidLetterWeight();
            if (weight == null) {
                continue;
            }
            for (String script : profile.scripts()) {
                int code = UScript.getCodeFromName(script);
                if (code < 0 || code >= weights.length) {
                    continue;
                }
                if (from[code] != null && weights[code] != weight) {
                    throw new IllegalStateException("the profiles of " + from[code] + " and " + profile.code()
                            + " give the script " + script + " two letter weights, " + weights[code] + " and "
                            + weight + ": langid_letter_weight must agree for languages that share a script");
                }
                weights[code] = weight;
                from[code] = profile.code();
            }
        }
        return weights;
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
