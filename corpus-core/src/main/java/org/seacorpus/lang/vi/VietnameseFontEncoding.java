package org.seacorpus.lang.vi;

import java.nio.charset.Charset;

import com.ibm.icu.text.Normalizer2;
import org.seacorpus.lang.LegacyEncoding;
import org.seacorpus.normalize.MojibakeRule;

/**
 * The legacy 8-bit encodings of Vietnamese that general charset detectors do not know or get wrong, each able to
 * decode its bytes and to repair text that was decoded as windows-1252/ISO-8859-1 instead ("ViÖt Nam",
 * "Vieät Nam", "Viêòt Nam" for "Việt Nam").
 *
 * <ul>
 *   <li>{@link #WINDOWS_1258}: Microsoft's Vietnamese code page; tones are combining marks, so the decoded text is
 *       composed with NFC.</li>
 *   <li>{@link #TCVN3}: TCVN 5712:1993 VN3 ("ABC", the .VnTime fonts): one byte per lowercase letter with tone,
 *       uppercase letters only without tone (capitals with tone were drawn with a separate all-caps font, so they
 *       come out lowercase here).</li>
 *   <li>{@link #VNI}: VNI-Windows (the VNI-Times fonts): a base letter followed by one byte for the
 *       diacritic(s).</li>
 * </ul>
 */
public enum VietnameseFontEncoding implements LegacyEncoding {
    WINDOWS_1258("windows-1258"),
    TCVN3("x-viet-tcvn3"),
    VNI("x-viet-vni");

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Charset CP1258 = Charset.forName("windows-1258");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private final String label;

    VietnameseFontEncoding(String label) {
        this.label = label;
    }

    /** Name for the {@code encoding} field of a document. */
    @Override
    public String label() {
        return label;
    }

    /** Decodes bytes in this encoding to NFC Unicode text. */
    @Override
    public String decode(byte[] bytes, int offset, int length) {
        if (this == WINDOWS_1258) {
            return NFC.normalize(new String(bytes, offset, length, CP1258));
        }
        return repair(new String(bytes, offset, length, CP1252));
    }

    /** Converts text that holds this encoding's bytes read as windows-1252 (or ISO-8859-1) into NFC Unicode. */
    public String repair(String misread) {
        String out = switch (this) {
            case WINDOWS_1258 -> redecode1258(misread);
            case TCVN3 -> VietnameseFontTables.tcvn3(misread);
            case VNI -> VietnameseFontTables.vni(misread);
        };
        // nothing of this encoding in the text (the usual answer for Sundanese, Tetum, French): no copy to compose
        return out == misread && NFC.isNormalized(misread) ? misread : NFC.normalize(out);
    }

    /**
     * Per UTF-16 unit: true when the unit comes back as itself from its windows-1252 byte decoded as
     * windows-1258 (é, ê, ô… and everything beyond the code page), so that {@link #redecode1258} changes nothing
     * in a text made only of such units.
     */
    private static final boolean[] SAME_IN_1258 = new boolean[0x10000];

    static {
        for (int c = 0; c < SAME_IN_1258.length; c++) {
            int b = MojibakeRule.byteOf((char) c);
            SAME_IN_1258[c] = b < 0 || new String(new byte[] {(byte) b}, CP1258).equals(String.valueOf((char) c));
        }
    }

    /** Maps each character back to the byte it was read from and decodes the bytes as windows-1258. */
    private static String redecode1258(String misread) {
        int same = 0;
        while (same < misread.length() && SAME_IN_1258[misread.charAt(same)]) {
            same++;
        }
        if (same == misread.length()) {
            return misread;
        }
        StringBuilder out = new StringBuilder(misread.length());
        byte[] run = new byte[misread.length()];
        int n = 0;
        for (int i = 0; i < misread.length(); i++) {
            int b = MojibakeRule.byteOf(misread.charAt(i));
            if (b >= 0) {
                run[n++] = (byte) b;
            } else {
                out.append(new String(run, 0, n, CP1258)).append(misread.charAt(i));
                n = 0;
            }
        }
        return out.append(new String(run, 0, n, CP1258)).toString();
    }
}
