package org.seacorpus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Tika's charset detection for HTML and text, corrected for the region: a charset declared by the container (an
 * HTTP Content-Type in a web archive) wins, as browsers let it; and Thai detected as TIS-620 or ISO-8859-11 is
 * read as windows-874, its superset, which also maps 0x80–0x9F (“ ” … €) that TIS-620 turns into garbage.
 */
final class RegionalEncodingDetector implements EncodingDetector {
    private final EncodingDetector tikaDefault = new DefaultEncodingDetector();

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        Charset declared = declaredCharset(metadata.get(TikaCoreProperties.CONTENT_TYPE_HINT));
        Charset detected = declared != null ? declared : tikaDefault.detect(input, metadata);
        if (detected != null && isThaiStandard(detected)) {
            return Charset.forName(CharsetGuesser.WINDOWS_874);
        }
        return detected;
    }

    private static boolean isThaiStandard(Charset charset) {
        String name = charset.name();
        return name.equalsIgnoreCase("TIS-620") || name.equalsIgnoreCase("ISO-8859-11")
                || charset.aliases().stream().anyMatch(a -> a.equalsIgnoreCase("TIS-620"));
    }

    private static Charset declaredCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        MediaType type = MediaType.parse(contentType);
        String name = type == null ? null : type.getParameters().get("charset");
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // an unknown declared charset: let detection decide
        }
    }
}
