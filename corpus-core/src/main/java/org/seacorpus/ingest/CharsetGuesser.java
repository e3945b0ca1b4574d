package org.seacorpus.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import org.seacorpus.normalize.VietnameseFontEncoding;
import org.seacorpus.normalize.VietnameseFontRule;

/**
 * Decides the charset of plain text: byte-order marks, then strict UTF-8, then the legacy encodings of the
 * region that general detectors get wrong, then ICU's statistical detector.
 *
 * <p>Thai legacy text is decoded as windows-874, never TIS-620: windows-874 is a superset that also maps
 * 0x80–0x9F (ellipsis, curly quotes, euro), which TIS-620 decoders turn into garbage.
 *
 * <p>Vietnamese legacy text (windows-1258, and the font encodings TCVN3 and VNI) is recognised by decoding it
 * each way and keeping the decoding whose words are Vietnamese syllables ({@link VietnameseFontRule}): ICU and
 * Tika have no detector for these and read them as ISO-8859-1 or windows-1252. Their decoded text is put in NFC,
 * since windows-1258 writes tones as combining marks.
 */
public final class CharsetGuesser {
    /** Charset name for Thai legacy text. */
    public static final String WINDOWS_874 = "windows-874";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The charset and how it was decided, for the {@code encoding} field and the audit.
     *
     * @param charset    the charset that turns the bytes into characters
     * @param method     how it was decided ({@code bom}, {@code utf-8-valid}, {@code vietnamese-syllables}, …)
     * @param bomLength  bytes of byte-order mark to skip
     * @param vietnamese the Vietnamese legacy encoding when one was recognised, else null
     */
    public record Guess(Charset charset, String method, int bomLength, VietnameseFontEncoding vietnamese) {
        public Guess(Charset charset, String method, int bomLength) {
            this(charset, method, bomLength, null);
        }

        /** The name for the document's {@code encoding} field (e.g. {@code x-viet-tcvn3}). */
        public String encodingName() {
            return vietnamese != null ? vietnamese.label() : charset.name();
        }

        /**
         * Decodes the bytes after the byte-order mark. Vietnamese legacy encodings come out in NFC (their tone
         * marks are an artefact of the code page); other text comes out as written, and the normaliser records
         * its NFC change in the audit.
         */
        public String decode(byte[] bytes) {
            int length = bytes.length - bomLength;
            if (vietnamese != null) {
                return vietnamese.decode(bytes, bomLength, length);
            }
            return new String(bytes, bomLength, length, charset);
        }
    }

    /** The charset of a whole input. */
    public Guess guess(byte[] bytes) {
        return guess(bytes, true);
    }

    /**
     * The charset of an input from its first bytes only (a large file read as a stream): the same decision, except
     * that a UTF-8 sequence cut by the end of the sample does not count against UTF-8.
     */
    public Guess guessFromPrefix(byte[] prefix) {
        return guess(prefix, false);
    }

    private Guess guess(byte[] bytes, boolean complete) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Guess(StandardCharsets.UTF_8, "bom", 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Guess(StandardCharsets.UTF_16BE, "bom", 2);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Guess(StandardCharsets.UTF_16LE, "bom", 2);
        }
        if (complete ? isValidUtf8(bytes) : isValidUtf8Prefix(bytes)) {
            return new Guess(StandardCharsets.UTF_8, "utf-8-valid", 0);
        }
        Optional<Guess> thai = thaiLegacy(bytes);
        if (thai.isPresent()) {
            return thai.get();
        }
        Optional<Guess> vietnamese = vietnameseLegacy(bytes);
        if (vietnamese.isPresent()) {
            return vietnamese.get();
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match != null && Charset.isSupported(match.getName())) {
            String name = match.getName();
            if (name.equalsIgnoreCase("TIS-620") || name.equalsIgnoreCase("ISO-8859-11")) {
                name = WINDOWS_874;
            }
            return new Guess(Charset.forName(name), "icu-detector", 0);
        }
        return new Guess(Charset.forName("windows-1252"), "fallback", 0);
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** True when the bytes are valid UTF-8 up to, at most, one sequence cut short at the end. */
    static boolean isValidUtf8Prefix(byte[] bytes) {
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes), out, false);
        return !result.isError();
    }

    /**
     * Thai in windows-874 puts its letters at 0xA1–0xFB. When most high bytes fall there and the decoded text is
     * mostly Thai letters, it is Thai: Latin-1 text rarely has such a run of these bytes.
     */
    private static Optional<Guess> thaiLegacy(byte[] bytes) {
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
        String decoded = new String(bytes, Charset.forName(WINDOWS_874));
        long thaiLetters = decoded.codePoints().filter(c -> c >= 0x0E01 && c <= 0x0E5B).count();
        long letters = decoded.codePoints().filter(Character::isLetter).count();
        if (letters > 0 && thaiLetters >= 0.5 * letters) {
            return Optional.of(new Guess(Charset.forName(WINDOWS_874), "thai-byte-profile", 0));
        }
        return Optional.empty();
    }

    /** Vietnamese in windows-1258, TCVN3 or VNI: the decoding that reads as Vietnamese syllables wins. */
    private static Optional<Guess> vietnameseLegacy(byte[] bytes) {
        return VietnameseFontRule.detect(new String(bytes, WINDOWS_1252)).map(detection -> {
            VietnameseFontEncoding encoding = detection.encoding();
            Charset charset = encoding == VietnameseFontEncoding.WINDOWS_1258
                    ? Charset.forName("windows-1258") : WINDOWS_1252;
            return new Guess(charset, "vietnamese-syllables", 0, encoding);
        });
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
