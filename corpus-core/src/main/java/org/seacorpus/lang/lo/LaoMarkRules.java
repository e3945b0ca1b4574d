package org.seacorpus.lang.lo;

import java.util.List;

import org.seacorpus.normalize.MarkRules;
import org.seacorpus.normalize.NormalizationRule;

/**
 * Repairs of Lao vowel and tone marks, the same family as Thai, switched on by the Lao profile:
 *
 * <ul>
 *   <li>{@code lao-sara-ae}: ເ + ເ → ແ;</li>
 *   <li>{@code lao-stray-marks}: marks at the start of a word, with no consonant, dropped;</li>
 *   <li>{@code lao-sara-am}: ໍ + າ → ຳ, tones typed between or after moved before ຳ;</li>
 *   <li>{@code lao-mark-order}: after a consonant, the semivowel sign ຼ first, then vowel signs (ໍ, the vowel o
 *       of ບໍ່, among them), then tone marks (ກ + ້ + ີ → ກີ້);</li>
 *   <li>{@code lao-duplicate-marks}: the same mark typed twice kept once.</li>
 * </ul>
 * Source: The Unicode Standard, §16.2 "Lao". ໜ and ໝ (U+0EDC, U+0EDD) and the spelled-out ຫນ, ຫມ are both
 * current Lao spellings and are left as written; only NFKC would split ໜ, ໝ and ຳ, and it never runs.
 */
public final class LaoMarkRules {
    /** The Lao alphabet as the shared mark rules see it. */
    public static final MarkRules.Alphabet LAO = new MarkRules.Alphabet("lao",
            c -> (c >= 0x0E81 && c <= 0x0EAE) || (c >= 0x0EDC && c <= 0x0EDF),
            c -> c == 0x0EBC,
            c -> c == 0x0EB1 || (c >= 0x0EB4 && c <= 0x0EBB) || c == 0x0ECD,
            c -> c >= 0x0EC8 && c <= 0x0ECB,
            c -> c == 0x0ECC,
            c -> c >= 0x0EC0 && c <= 0x0EC4,
            c -> c >= 0x0E80 && c <= 0x0EFF,
            '\u0ECD', '\u0EB2', '\u0EB3', '\u0EC0', '\u0EC1');

    public static final NormalizationRule SARA_AE = MarkRules.saraAe(LAO);
    public static final NormalizationRule STRAY_MARKS = MarkRules.strayMarks(LAO);
    public static final NormalizationRule SARA_AM = MarkRules.saraAm(LAO);
    public static final NormalizationRule MARK_ORDER = MarkRules.markOrder(LAO);
    public static final NormalizationRule DUPLICATE_MARKS = MarkRules.duplicateMarks(LAO);

    private LaoMarkRules() {
    }

    /** The rules in the order they run. */
    public static List<NormalizationRule> all() {
        return List.of(SARA_AE, STRAY_MARKS, SARA_AM, MARK_ORDER, DUPLICATE_MARKS);
    }
}
