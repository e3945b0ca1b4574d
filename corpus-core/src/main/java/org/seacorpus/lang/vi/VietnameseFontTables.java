package org.seacorpus.lang.vi;

/**
 * The character tables of the Vietnamese font encodings, written from their published definitions: TCVN
 * 5712:1993 part 3 (VN3, the 75 characters it adds to ASCII at 0xA0–0xFE) and the VNI-Windows font layout (a
 * base letter followed by a diacritic byte). Both work on text read as windows-1252/ISO-8859-1, where byte
 * {@code b} in 0xA0–0xFF is the character U+00{@code b}.
 */
final class VietnameseFontTables {
    /** TCVN3 byte (0xA0–0xFF) minus 0xA0 to its character; 0 for the positions VN3 leaves unassigned. */
    private static final char[] TCVN3 = new char[0x60];

    static {
        put(0xA0, "\u00A0ĂÂÊÔƠƯĐăâêôơưđ");
        put(0xB5, "àảãáạ");
        put(0xBB, "ằẳẵắ");
        put(0xC6, "ặầẩẫấậè");
        put(0xCE, "ẻẽéẹềểễếệìỉ");
        put(0xDC, "ĩíịò");
        put(0xE1, "ỏõóọồổỗốộờởỡớợù");
        put(0xF1, "ủũúụừửữứựỳỷỹýỵ");
    }

    // VNI-Windows: the diacritic bytes (as windows-1252 characters) and the combining marks they stand for.
    private static final String VNI_TONE_LOWER = "ùøûõï";
    private static final String VNI_TONE_UPPER = "ÙØÛÕÏ";
    private static final String VNI_CIRCUMFLEX_LOWER = "âáàåãä";
    private static final String VNI_CIRCUMFLEX_UPPER = "ÂÁÀÅÃÄ";
    private static final String VNI_BREVE_LOWER = "êéèúüë";
    private static final String VNI_BREVE_UPPER = "ÊÉÈÚÜË";
    /** Combining tone marks in the order of the tone strings: sắc, huyền, hỏi, ngã, nặng. */
    private static final String TONE_MARKS = "\u0301\u0300\u0309\u0303\u0323";
    /** Single VNI bytes that are letters of their own: đ, ơ, ư, ỉ, ĩ, ị, ỵ (í and ì read as themselves). */
    private static final String VNI_SINGLE_FROM = "ñÑôÔöÖæÆóÓòÒîÎ";
    private static final String VNI_SINGLE_TO = "đĐơƠưƯỉỈĩĨịỊỵỴ";

    /**
     * The lowest unit of {@link #VNI_TONE_LOWER} … {@link #VNI_BREVE_UPPER} and {@link #VNI_SINGLE_FROM} (À): a
     * unit below it after a base, or a unit below it on its own, is copied by {@link #vni} as it is.
     */
    static final char VNI_LOWEST = '\u00C0';

    private VietnameseFontTables() {
    }

    private static void put(int firstByte, String chars) {
        for (int k = 0; k < chars.length(); k++) {
            TCVN3[firstByte - 0xA0 + k] = chars.charAt(k);
        }
    }

    /** True when the character is a TCVN3 letter read as windows-1252 (NBSP excluded). */
    static boolean isTcvn3Letter(char c) {
        return c > 0xA0 && c <= 0xFF && TCVN3[c - 0xA0] != 0;
    }

    /** TCVN3 text read as windows-1252 → Unicode (not yet NFC). */
    static String tcvn3(String misread) {
        StringBuilder out = null;
        for (int i = 0; i < misread.length(); i++) {
            char c = misread.charAt(i);
            if (isTcvn3Letter(c)) {
                if (out == null) {
                    out = new StringBuilder(misread.length()).append(misread, 0, i);
                }
                out.append(TCVN3[c - 0xA0]);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? misread : out.toString();
    }

    /** VNI text read as windows-1252 → Unicode (decomposed where a diacritic byte was joined; NFC it after). */
    static String vni(String misread) {
        StringBuilder out = null;
        int n = misread.length();
        int i = 0;
        while (i < n) {
            char c = misread.charAt(i);
            if (c < VNI_LOWEST && (i + 1 == n || misread.charAt(i + 1) < VNI_LOWEST)) {
                // neither a diacritic byte after a base nor a letter of its own (both are U+00C0 or above): the
                // usual case in Sundanese, Tetum or French text, without the look-ups below
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            char base = vniBase(c);
            String marks = base != 0 && i + 1 < n ? vniMarks(c, misread.charAt(i + 1)) : null;
            int single = marks == null ? VNI_SINGLE_FROM.indexOf(c) : -1;
            if (marks == null && single < 0) {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            // the first change: the text before it is copied once, as it is
            out = out != null ? out : new StringBuilder(n + 8).append(misread, 0, i);
            if (marks != null) {
                out.append(base).append(marks);
                i += 2;
            } else {
                out.append(VNI_SINGLE_TO.charAt(single));
                i++;
            }
        }
        return out == null ? misread : out.toString();
    }

    /** The letter a VNI base byte stands for before its diacritic byte, or 0 if it takes none. */
    private static char vniBase(char c) {
        return switch (c) {
            case 'a', 'e', 'o', 'u', 'y', 'A', 'E', 'O', 'U', 'Y' -> c;
            case 'ô' -> 'ơ';
            case 'Ô' -> 'Ơ';
            case 'ö' -> 'ư';
            case 'Ö' -> 'Ư';
            default -> 0;
        };
    }

    /** The combining marks the diacritic byte {@code mark} adds to the VNI base {@code base}, or null. */
    private static String vniMarks(char base, char mark) {
        boolean upper = Character.isUpperCase(base);
        String tones = upper ? VNI_TONE_UPPER : VNI_TONE_LOWER;
        int tone = tones.indexOf(mark);
        char lower = Character.toLowerCase(base);
        if (tone >= 0 && !(lower == 'y' && tone == 4)) {
            return String.valueOf(TONE_MARKS.charAt(tone));
        }
        if (lower == 'a' || lower == 'e' || lower == 'o') {
            int circumflex = (upper ? VNI_CIRCUMFLEX_UPPER : VNI_CIRCUMFLEX_LOWER).indexOf(mark);
            if (circumflex >= 0) {
                return "\u0302" + (circumflex == 0 ? "" : TONE_MARKS.charAt(circumflex - 1));
            }
        }
        if (lower == 'a') {
            int breve = (upper ? VNI_BREVE_UPPER : VNI_BREVE_LOWER).indexOf(mark);
            if (breve >= 0) {
                return "\u0306" + (breve == 0 ? "" : TONE_MARKS.charAt(breve - 1));
            }
        }
        return null;
    }
}
