package org.seacorpus.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import org.seacorpus.lang.LanguageModule;
import org.seacorpus.lang.LanguageModules;
import org.seacorpus.lang.LegacyEncoding;

/**
 * Decides the charset of plain text: byte-order marks, then strict UTF-8, then the legacy encodings of the
 * region that general detectors get wrong, as the language modules recognise them
 * ({@link LanguageModule#detectLegacyEncoding}: Thai windows-874 by its byte profile, Vietnamese windows-1258,
 * TCVN3 and VNI by decoding each way and keeping the decoding whose words are Vietnamese syllables), then ICU's
 * statistical detector.
 *
 * <p>Thai legacy text is decoded as windows-874, never TIS-620: windows-874 is a superset that also maps
 * 0x80–0x9F (ellipsis, curly quotes, euro), which TIS-620 decoders turn into garbage. Decoders of legacy
 * encodings that Java has no charset for put their text in NFC (windows-1258 writes tones as combining marks).
 */
public final class CharsetGuesser {
    /** Charset name for Thai legacy text. */
    public static final String WINDOWS_874 = "windows-874";

    private final LanguageModules modules;

    /** A guesser that asks the language modules on the class path about legacy encodings. */
    public CharsetGuesser() {
        this(LanguageModules.builtIn());
    }

    public CharsetGuesser(LanguageModules modules) {
        this.modules = modules;
    }

    /**
     * The charset and how it was decided, for the {@code encoding} field and the audit.
     *
     * @param charset    the charset that turns the bytes into characters
     * @param method     how it was decided ({@code bom}, {@code utf-8-valid}, {@code vietnamese-syllables}, …)
     * @param bomLength  bytes of byte-order mark to skip
     * @param legacy     the decoder of a legacy encoding that needs more than a charset, when one was recognised
     *                   (Vietnamese TCVN3, VNI, windows-1258), else null
     */
    public record Guess(Charset charset, String method, int bomLength, LegacyEncoding legacy) {
        public Guess(Charset charset, String method, int bomLength) {
            this(charset, method, bomLength, null);
        }

        /** The name for the document's {@code encoding} field (e.g. {@code x-viet-tcvn3}). */
        public String encodingName() {
            return legacy != null ? legacy.label() : charset.name();
        }

        /**
         * Decodes the bytes after the byte-order mark. Legacy encodings with a decoder of their own come out as
         * it gives them (Vietnamese in NFC: their tone marks are an artefact of the code page); other text comes
         * out as written, and the normaliser records its NFC change in the audit.
         */
        public String decode(byte[] bytes) {
            int length = bytes.length - bomLength;
            if (legacy != null) {
                return legacy.decode(bytes, bomLength, length);
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
        for (LanguageModule module : modules.all()) {
            Optional<LegacyEncoding.Detection> legacy = module.detectLegacyEncoding(bytes);
            if (legacy.isPresent()) {
                return new Guess(legacy.get().charset(), legacy.get().method(), 0, legacy.get().encoding());
            }
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
