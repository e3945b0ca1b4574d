package org.seacorpus.search;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * How many terminal columns a text takes: combining marks (Thai, Lao, Khmer and Burmese vowels and tone marks
 * above and below) and format characters take none; East Asian wide and fullwidth characters take two
 * (UAX #11). Used to align tables and concordances.
 */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    public static int of(CharSequence text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    public static int of(int cp) {
        int type = UCharacter.getType(cp);
        if (type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK || type == UCharacter.FORMAT
                || type == UCharacter.CONTROL) {
            return 0;
        }
        if (cp == 0x200B) {
            return 0;
        }
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }

    /** Pads with spaces on the right to {@code columns}, or cuts (never inside a character stack) and marks …. */
    public static String fit(String text, int columns) {
        int width = of(text);
        if (width <= columns) {
            return text + " ".repeat(columns - width);
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = of(cp);
            if (used + w > columns - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        // keep the marks that belong to the last base character
        int end = out.length();
        while (end < text.length() && of(text.codePointAt(end)) == 0) {
            out.appendCodePoint(text.codePointAt(end));
            end += Character.charCount(text.codePointAt(end));
        }
        out.append('…');
        used++;
        return out + " ".repeat(Math.max(0, columns - used));
    }
}
