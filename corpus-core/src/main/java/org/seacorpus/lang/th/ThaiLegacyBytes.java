package org.seacorpus.lang.th;

import java.nio.charset.Charset;
import java.util.Optional;

import org.seacorpus.lang.LegacyEncoding;

/**
 * Recognises Thai written in windows-874 (the Thai code page; TIS-620 plus punctuation at 0x80–0x9F): Thai
 * puts its letters at 0xA1–0xFB. When most high bytes fall there and the decoded text is mostly Thai letters,
 * it is Thai: Latin-1 text rarely has such a run of these bytes. Decoded as windows-874, never TIS-620, whose
 * decoders turn the ellipsis, curly quotes and euro of 0x80–0x9F into garbage.
 */
final class ThaiLegacyBytes {
    static final String WINDOWS_874 = "windows-874";

    private ThaiLegacyBytes() {
    }

    static Optional<LegacyEncoding.Detection> detect(byte[] bytes) {
        int high = 0;
        int thaiRange = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 0x80) {
                high++;
                if (v >= 0xA1 && v <= 0xFB && !(v >= 0xDB && v <= 0xDE)) {
                    thaiRange++;
                }
            }
        }
        if (high < 8 || thaiRange < 0.9 * high) {
            return Optional.empty();
        }
        Charset windows874 = Charset.forName(WINDOWS_874);
        String decoded = new String(bytes, windows874);
        long thaiLetters = decoded.codePoints().filter(c -> c >= 0x0E01 && c <= 0x0E5B).count();
        long letters = decoded.codePoints().filter(Character::isLetter).count();
        if (letters > 0 && thaiLetters >= 0.5 * letters) {
            return Optional.of(new LegacyEncoding.Detection(windows874, "thai-byte-profile", null));
        }
        return Optional.empty();
    }
}
