package org.seacorpus.lang.my;

import org.seacorpus.lang.shn.ShanLetters;

import com.google.myanmartools.ZawgyiDetector;

/**
 * Decides which language a text in Myanmar script is in: Burmese ({@code my}), Shan ({@code shn}), or {@code und}
 * when the letters of another language written in the script (Mon, the Karen languages, Khamti and Aiton) show.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>Text in the legacy Zawgyi font encoding is Burmese: Zawgyi reuses the code points of the Shan, Mon and
 *       Karen letters for its glyph variants, so the letter rules below would misread it. It is recognised by
 *       Google's myanmar-tools {@link ZawgyiDetector} (probability above {@value #ZAWGYI_CERTAIN}) together with a
 *       vowel sign E stored in visual order ({@link #hasVisualOrderVowel}). The normalise stage converts Zawgyi
 *       before identification; this guard is for raw text given to the {@code langid} tool.</li>
 *   <li>Shan when at least {@value #MIN_SHAN_SHARE} of the Myanmar-script characters are Shan-only
 *       ({@link ShanLetters}) and they outnumber the Mon/Karen/other letters twice.</li>
 *   <li>{@code und} when Mon letters (U+1028, U+1033–U+1035, U+105A–U+1060), Karen letters and tones
 *       (U+1061, U+1063–U+1074) or the Myanmar Extended-A/B letters (Khamti, Aiton, Phake, Shan Pali, Tai Laing)
 *       make up at least {@value #MIN_OTHER_SHARE} of the text: it is Myanmar script but not Burmese.</li>
 *   <li>Burmese otherwise.</li>
 * </ol>
 * Source: The Unicode Standard, chapter 16.3 (Myanmar) for the letter repertoires; the shares were set on the
 * project's development set. Thread-safe.
 */
public final class MyanmarScriptIdentifier {
    public static final double ZAWGYI_CERTAIN = 0.95;
    public static final double MIN_SHAN_SHARE = 0.03;
    public static final double MIN_OTHER_SHARE = 0.01;

    /** The detector's model is read on first use: most corpora never need it. */
    private static final class Zawgyi {
        static final ZawgyiDetector DETECTOR = new ZawgyiDetector();
    }

    /** The decision with the counts behind it; {@code lang} is {@code my}, {@code shn} or {@code und}. */
    public record Verdict(String lang, double score, int myanmarChars, int shanOnly, int otherOnly, boolean zawgyi) {
    }

    public Verdict identify(CharSequence text) {
        int myanmar = 0;
        int shan = 0;
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isMyanmarScript(c)) {
                continue;
            }
            myanmar++;
            if (ShanLetters.isShanOnly(c)) {
                shan++;
            } else if (isOtherLanguageOnly(c)) {
                other++;
            }
        }
        if (myanmar == 0) {
            return new Verdict("und", 0.0, 0, 0, 0, false);
        }
        if (shan + other > 0 && hasVisualOrderVowel(text)) {
            double zawgyi = Zawgyi.DETECTOR.getZawgyiProbability(text.toString());
            if (zawgyi > ZAWGYI_CERTAIN) {
                return new Verdict("my", zawgyi, myanmar, shan, other, true);
            }
        }
        double shanShare = shan / (double) myanmar;
        double otherShare = other / (double) myanmar;
        if (shanShare >= MIN_SHAN_SHARE && shan >= 2 * other) {
            // a share of 10% or more is ordinary Shan; between 3% and 10% the score rises from 0.5 to 1
            return new Verdict("shn", Math.min(1.0, 0.5 + (shanShare - MIN_SHAN_SHARE) / 0.14), myanmar, shan,
                    other, false);
        }
        if (otherShare >= MIN_OTHER_SHARE && other >= 2) {
            return new Verdict("und", Math.min(1.0, otherShare * 10), myanmar, shan, other, false);
        }
        return new Verdict("my", 1.0 - Math.min(0.5, shanShare * 10 + otherShare * 25), myanmar, shan, other, false);
    }

    /**
     * True when the vowel sign E (U+1031) stands where Unicode never puts it: at the start of a word or after a
     * vowel sign, asat, tone mark or visarga. Zawgyi stores that vowel before its consonant (visual order); Unicode
     * stores it after the consonant and its medials. Unicode Shan, Mon and Karen text (which the detector, trained
     * on Burmese, often takes for Zawgyi) never has it, so the detector is only believed when this is true.
     */
    static boolean hasVisualOrderVowel(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != 0x1031) {
                continue;
            }
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            boolean afterConsonantOrMedial = (before >= 0x1000 && before <= 0x102A) || before == 0x103F
                    || (before >= 0x103B && before <= 0x103E) || (before >= 0x1050 && before <= 0x1061)
                    || (before >= 0x1065 && before <= 0x1070) || (before >= 0x1075 && before <= 0x1082)
                    || before == 0x108E;
            if (!afterConsonantOrMedial) {
                return true;
            }
        }
        return false;
    }

    /** Myanmar block and the Myanmar Extended-A and Extended-B blocks. */
    static boolean isMyanmarScript(char c) {
        return (c >= 0x1000 && c <= 0x109F) || (c >= 0xAA60 && c <= 0xAA7F) || (c >= 0xA9E0 && c <= 0xA9FF);
    }

    /** Letters of Mon, the Karen languages and the Tai languages of Extended-A/B, never used by Burmese. */
    static boolean isOtherLanguageOnly(char c) {
        return c == 0x1028 || (c >= 0x1033 && c <= 0x1035) || (c >= 0x105A && c <= 0x1061)
                || (c >= 0x1063 && c <= 0x1074) || (c >= 0x109A && c <= 0x109D)
                || (c >= 0xAA60 && c <= 0xAA7F) || (c >= 0xA9E0 && c <= 0xA9FF);
    }
}
