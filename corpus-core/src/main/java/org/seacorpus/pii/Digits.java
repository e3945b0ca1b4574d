package org.seacorpus.pii;

/**
 * Digit helpers for the number detectors: digits of any script count (Thai ๐–๙, Lao, Khmer, Burmese and
 * fullwidth digits are read by their value, so a Thai ID written in Thai digits is still found), and the
 * checksums of the formats we validate.
 */
final class Digits {
    private Digits() {
    }

    /** The decimal digits of {@code s} in order, separators dropped. */
    static int[] of(CharSequence s) {
        int[] out = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            int value = Character.digit(cp, 10);
            if (value >= 0) {
                out[n++] = value;
            }
            i += Character.charCount(cp);
        }
        return java.util.Arrays.copyOf(out, n);
    }

    static int number(int[] digits, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + digits[i];
        }
        return value;
    }

    /** The Luhn check (ISO/IEC 7812-1) used by payment card numbers. */
    static boolean luhn(int[] digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length - 1; i >= 0; i--) {
            int d = digits[i];
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /**
     * The Thai national ID check digit: the first 12 digits weighted 13 down to 2, and the check digit is
     * (11 − sum mod 11) mod 10 (Department of Provincial Administration).
     */
    static boolean thaiId(int[] digits) {
        if (digits.length != 13 || digits[0] == 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += digits[i] * (13 - i);
        }
        return (11 - sum % 11) % 10 == digits[12];
    }

    /** True when day/month is a calendar date in some year (29 February allowed). */
    static boolean dayOfMonth(int day, int month) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int[] days = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return day <= days[month - 1];
    }
}
