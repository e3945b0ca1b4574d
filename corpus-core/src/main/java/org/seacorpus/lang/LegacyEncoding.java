package org.seacorpus.lang;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A legacy 8-bit encoding that Java has no charset for (Vietnamese TCVN3 and VNI font encodings), or that needs
 * more than a charset to decode (windows-1258's combining tones composed): the bytes' decoder, found by a
 * language module ({@link LanguageModule#detectLegacyEncoding}).
 */
public interface LegacyEncoding {
    /** Name for the document's {@code encoding} field, e.g. {@code x-viet-tcvn3}. */
    String label();

    /** Decodes {@code bytes[offset, offset + length)} to Unicode text. */
    String decode(byte[] bytes, int offset, int length);

    /**
     * What a language module recognised in a text's bytes.
     *
     * @param charset  the charset the bytes are closest to (reported; decodes them when {@code encoding} is null)
     * @param method   how it was decided, for the audit (e.g. {@code thai-byte-profile})
     * @param encoding the decoder when a charset alone does not decode the bytes right, else null
     */
    record Detection(Charset charset, String method, LegacyEncoding encoding) {
        public Detection {
            Objects.requireNonNull(charset, "charset");
            Objects.requireNonNull(method, "method");
        }
    }
}
