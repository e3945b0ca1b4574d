package org.seacorpus.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Tells text from binary junk by the control bytes in its first 64 KiB. */
final class BinarySniffer {
    private static final int SAMPLE = 64 * 1024;

    private BinarySniffer() {
    }

    /** A short description of why the bytes are binary, or null when they look like text. */
    static String describeBinary(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_16BE) || charset.equals(StandardCharsets.UTF_16LE)) {
            return null;
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
}
