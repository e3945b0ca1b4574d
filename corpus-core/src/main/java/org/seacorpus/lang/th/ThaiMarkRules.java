package org.seacorpus.lang.th;

import java.util.List;

import org.seacorpus.normalize.MarkRules;
import org.seacorpus.normalize.NormalizationRule;

/**
 * Repairs of Thai vowel and tone marks typed in the wrong order or twice, switched on by the Thai profile:
 *
 * <ul>
 *   <li>{@code thai-sara-ae}: เ + เ → แ (two sara e typed for sara ae);</li>
 *   <li>{@code thai-stray-marks}: vowel signs and tone marks at the start of a word, with no consonant, dropped;</li>
 *   <li>{@code thai-sara-am}: ํ + า → ำ (nikhahit + sara aa typed for sara am), and a tone typed after ำ put
 *       before it (น + ำ + ้ → น้ำ);</li>
 *   <li>{@code thai-mark-order}: a tone mark typed before an above or below vowel put after it
 *       (ก + ่ + ี → กี่);</li>
 *   <li>{@code thai-duplicate-marks}: the same vowel sign or tone mark typed twice kept once.</li>
 * </ul>
 * Source: The Unicode Standard, §16.1 "Thai": a consonant, then its above/below vowel, then its tone mark; sara am
 * U+0E33 is one character (its compatibility decomposition to ํ + า is why NFKC must never run before word
 * breaking). Never changes spelling: spacing vowels typed several times for emphasis (มากกก, ค่าาา) stay.
 */
public final class ThaiMarkRules {
    /** The Thai alphabet as the shared mark rules see it. */
    public static final MarkRules.Alphabet THAI = new MarkRules.Alphabet("thai",
            c -> c >= 0x0E01 && c <= 0x0E2E,
            c -> false,
            c -> c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || c == 0x0E47,
            c -> c >= 0x0E48 && c <= 0x0E4B,
            c -> c >= 0x0E4C && c <= 0x0E4E,
            c -> c >= 0x0E40 && c <= 0x0E44,
            c -> c >= 0x0E00 && c <= 0x0E7F,
            '\u0E4D', '\u0E32', '\u0E33', '\u0E40', '\u0E41');

    public static final NormalizationRule SARA_AE = MarkRules.saraAe(THAI);
    public static final NormalizationRule STRAY_MARKS = MarkRules.strayMarks(THAI);
    public static final NormalizationRule SARA_AM = MarkRules.saraAm(THAI);
    public static final NormalizationRule MARK_ORDER = MarkRules.markOrder(THAI);
    public static final NormalizationRule DUPLICATE_MARKS = MarkRules.duplicateMarks(THAI);

    private ThaiMarkRules() {
    }

    /** The rules in the order they run. */
    public static List<NormalizationRule> all() {
        return List.of(SARA_AE, STRAY_MARKS, SARA_AM, MARK_ORDER, DUPLICATE_MARKS);
    }
}
