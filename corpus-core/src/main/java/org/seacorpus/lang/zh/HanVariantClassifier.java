package org.seacorpus.lang.zh;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

/**
 * Tells Simplified from Traditional Chinese (ISO 15924 {@code Hans} / {@code Hant}) by the characters that only
 * one of the two forms uses.
 *
 * <p>A character is <em>traditional-only</em> when ICU's {@code Hant-Hans} transliterator maps it to something
 * else (國 → 国): simplified text never writes it. A character is <em>simplified-form</em> when {@code Hans-Hant}
 * maps it to something else (国 → 國). The second set is not clean: some simplified characters are also ordinary
 * traditional ones (后 "queen", 干, 里, 布), so traditional text shows a few of them while simplified text shows
 * almost no traditional-only characters. The text is therefore {@code Hant} when at least
 * {@value #HANT_SHARE} of its distinguishing characters are traditional-only, else {@code Hans}; with no
 * distinguishing character at all (的, 人, 我 are shared) the answer is the generic {@code Hani}.
 *
 * <p>The kinds come from an image the build writes ({@link HanVariantImage}, the transliterators' answers for every
 * Han character); without it (or with another ICU version) the transliterators are built on first use and asked,
 * their answers cached per code point. Thread-safe: transliterator calls are synchronised.
 */
public final class HanVariantClassifier {
    /** Share of traditional-only characters among the distinguishing ones above which text is Traditional. */
    public static final double HANT_SHARE = 0.3;
    public static final String SIMPLIFIED = "Hans";
    public static final String TRADITIONAL = "Hant";
    public static final String UNDECIDED = "Hani";

    static final byte SHARED = 0;
    static final byte TRAD_ONLY = 1;
    static final byte SIMP_FORM = 2;

    /** Answers of the transliterators, per code point: only asked when there is no image. */
    private final ConcurrentMap<Integer, Byte> kinds = new ConcurrentHashMap<>();

    /**
     * Each code point's kind from the build's image ({@link HanVariantImage}), up to {@link #TABLE_END} (the Han
     * blocks of planes 0–3); read when the first Han character is seen; null without an image.
     */
    private static final class Table {
        static final int TABLE_END = 0x40000;
        /** Traditional-only and simplified-form code points, ascending; null without an image. */
        static final int[][] SETS = HanVariantImage.shipped();
        static final byte[] KINDS = kinds(SETS);

        private static byte[] kinds(int[][] image) {
            if (image == null) {
                return null;
            }
            byte[] out = new byte[TABLE_END];
            for (int cp : image[0]) {
                if (cp < TABLE_END) {
                    out[cp] = TRAD_ONLY;
                }
            }
            for (int cp : image[1]) {
                if (cp < TABLE_END) {
                    out[cp] = SIMP_FORM;
                }
            }
            return out;
        }

        static byte kindOf(int cp) {
            if (cp < TABLE_END) {
                return KINDS[cp];
            }
            return java.util.Arrays.binarySearch(SETS[0], cp) >= 0 ? TRAD_ONLY
                    : java.util.Arrays.binarySearch(SETS[1], cp) >= 0 ? SIMP_FORM : SHARED;
        }
    }

    /** ICU builds these from large rule sets (seconds): only when the first Han character is seen. */
    private static final class Transliterators {
        static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Hant-Hans");
        static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Hans-Hant");
    }

    /** Counts of distinguishing characters and the verdict. */
    public record Verdict(String script, int traditionalOnly, int simplifiedForm) {
        /** How sure the verdict is: the share of distinguishing characters that agree with it (0 when undecided). */
        public double confidence() {
            int total = traditionalOnly + simplifiedForm;
            if (total == 0) {
                return 0.0;
            }
            return TRADITIONAL.equals(script) ? traditionalOnly / (double) total : simplifiedForm / (double) total;
        }
    }

    public Verdict classify(CharSequence text) {
        int trad = 0;
        int simp = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (UScript.getScript(cp) != UScript.HAN) {
                continue;
            }
            byte kind = Table.KINDS != null ? Table.kindOf(cp)
                    : kinds.computeIfAbsent(cp, HanVariantClassifier::transliteratorKind);
            if (kind == TRAD_ONLY) {
                trad++;
            } else if (kind == SIMP_FORM) {
                simp++;
            }
        }
        if (trad + simp == 0) {
            return new Verdict(UNDECIDED, 0, 0);
        }
        String script = trad >= HANT_SHARE * (trad + simp) ? TRADITIONAL : SIMPLIFIED;
        return new Verdict(script, trad, simp);
    }

    /** The kind of {@code cp} by the transliterators themselves (what the image holds for every Han character). */
    static byte transliteratorKind(int cp) {
        String c = new String(Character.toChars(cp));
        synchronized (Transliterators.class) {
            if (!Transliterators.TO_SIMPLIFIED.transliterate(c).equals(c)) {
                return TRAD_ONLY;
            }
            if (!Transliterators.TO_TRADITIONAL.transliterate(c).equals(c)) {
                return SIMP_FORM;
            }
        }
        return SHARED;
    }
}
