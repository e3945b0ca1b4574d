package org.seacorpus.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Tells text from binary junk by the control bytes in its first 64 KiB. */
final class BinarySniffer {
    private static final int SAMPLE = 64 * 1024;

    private BinarySniffer() {
    }

    /** A short description of why the bytes are binary, or null when they look like text. */
    static String describeBinary(byte[] bytes, CharsetGuesser.Guess guess) {
        Charset charset = guess.charset();
        boolean utf16 = charset.equals(StandardCharsets.UTF_16BE) || charset.equals(StandardCharsets.UTF_16LE);
        if (utf16 && guess.bomLength() > 0) {
            return null; // NUL bytes are normal in UTF-16 announced by its byte-order mark
        }
        int n = Math.min(bytes.length, SAMPLE);
        int nul = 0;
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int v = bytes[i] & 0xFF;
            if (v == 0) {
                nul++;
            } else if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f') {
                controls++;
            }
        }
        if (nul > 0) {
            return nul + " NUL bytes in the first " + n + " bytes";
        }
        if (controls > n / 20) {
            return controls + " control bytes in the first " + n + " bytes";
        }
        return null;
    }

    /**
     * A short description of why decoded text is not text (replacement characters, private-use or unassigned
     * code points in bulk), or null when it reads as text.
     */
    static String describeUndecodable(String text) {
        int n = 0;
        int bad = 0;
        for (int i = 0; i < text.length() && n < SAMPLE; ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (cp == 0xFFFD || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                    || type == Character.SURROGATE) {
                bad++;
            }
            n++;
            i += Character.charCount(cp);
        }
        return n > 0 && bad > n / 20 ? bad + " undecodable characters in the first " + n : null;
    }
}
