package org.seacorpus.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

/**
 * The fast path's look for the generic rules that run before the script rules ({@link GenericRules#beforeScripts}):
 * one pass over the UTF-16 units with a table of what each character may set off, instead of one pass per rule.
 * It says yes only when none of them would change anything: no byte-order mark, control, soft hyphen, odd space,
 * line separator other than LF, zero-width character, no lead character of misread UTF-8 followed by a
 * continuation (see {@link MojibakeRule#leavesAlone}), and the text is in NFC by the quick check of UAX #15 (every
 * character NFC_Quick_Check=Yes, combining classes in canonical order; a starter marked Maybe, such as Myanmar ီ,
 * only if it does not compose with the character before it; text with supplementary characters or with a
 * combining mark marked Maybe is asked of ICU). Thread-safe.
 */
public final class CleanTextScan {
    private static final byte PLAIN = 0;
    /** Some rule may act on this character. */
    private static final byte TRIGGER = 1;
    /** A lead character of a two- to four-byte UTF-8 sequence read as windows-1252 (Â … ô): look at the next. */
    private static final byte LEAD = 2;
    /** A high or low surrogate, or a mark that may compose with a starter before it: ICU decides NFC. */
    private static final byte ASK_ICU = 3;
    /** NFC_Quick_Check=Maybe on a starter (Myanmar ီ, Hangul vowels): not NFC only if it composes with the last. */
    private static final byte MAYBE_STARTER = 4;

    private static final byte[] KIND = new byte[0x10000];
    private static final byte[] CCC = new byte[0x10000];
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    static {
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            int quickCheck = UCharacter.getIntPropertyValue(c, UProperty.NFC_QUICK_CHECK); // 0 no, 1 yes, 2 maybe
            int ccc = UCharacter.getCombiningClass(c);
            boolean trigger = ch == '\uFEFF' || (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                    || c == 0xAD || GenericRules.isOddSpace(ch) || c == '\r' || c == 0x2028 || c == 0x2029
                    || ZeroWidthRule.isZeroWidth(ch) || quickCheck == 0;
            KIND[c] = trigger ? TRIGGER : Character.isSurrogate(ch) || (quickCheck == 2 && ccc != 0) ? ASK_ICU
                    : quickCheck == 2 ? MAYBE_STARTER : c >= 0xC2 && c <= 0xF4 ? LEAD : PLAIN;
            CCC[c] = (byte) ccc;
        }
    }

    private CleanTextScan() {
    }

    /** True when no generic rule before the script rules would change {@code text}. */
    public static boolean clean(String text) {
        int lastCcc = 0;
        boolean askIcu = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            byte kind = KIND[c];
            if (kind != PLAIN) {
                if (kind == TRIGGER) {
                    return false;
                }
                if (kind == ASK_ICU) {
                    askIcu = true;
                } else if (kind == MAYBE_STARTER) {
                    // a starter composes only with the character right before it, when that is a starter too
                    if (i > 0 && NFC.composePair(text.charAt(i - 1), c) >= 0) {
                        return false;
                    }
                } else if (i + 1 < text.length()) {
                    int b = MojibakeRule.byteOf(text.charAt(i + 1));
                    if (b >= 0x80 && b <= 0xBF) {
                        return false;
                    }
                }
            }
            int ccc = CCC[c] & 0xFF;
            if (ccc != 0 && ccc < lastCcc) {
                return false;
            }
            lastCcc = ccc;
        }
        return !askIcu || NFC.isNormalized(text);
    }
}
