package org.seacorpus.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretches of a text where a number-shaped identifier can be: runs of digits (any script) and the
 * separators written inside phone, card and ID numbers ({@code + ( ) - . /} and spaces) holding at least a given
 * count of digits. The number detectors run their patterns only there, with transparent bounds so look-behind
 * and look-ahead still see the text around: on running text that is a few percent of the characters, and it is
 * what keeps redaction from costing more than the rest of the export.
 */
final class NumberRegions {
    private NumberRegions() {
    }

    /** [start, end) pairs of the runs holding at least {@code minDigits} digits. */
    static List<int[]> of(String text, int minDigits) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && c != '+' && c != '(') {
                i++;
                continue;
            }
            int start = i;
            int digits = 0;
            int lastDigitEnd = i;
            while (i < n) {
                int cp = text.codePointAt(i);
                int width = Character.charCount(cp);
                if (Character.isDigit(cp)) {
                    digits++;
                    lastDigitEnd = i + width;
                } else if (" -.()+/".indexOf(cp) < 0) {
                    break;
                }
                i += width;
            }
            if (digits >= minDigits) {
                out.add(new int[] {start, lastDigitEnd});
            }
            if (i == start) {
                i++;
            }
        }
        return out;
    }

    /** A matcher over {@code text} that can be confined to a region while its look-arounds see past it. */
    static Matcher matcher(Pattern pattern, String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }
}
