package org.seacorpus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.HttpHeaders;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.seacorpus.document.Document;
import org.seacorpus.document.Origin;
import org.xml.sax.SAXException;

/**
 * Every format Tika parses (PDF, DOCX, ODT, EPUB, HTML, RTF, …), with the format's metadata: title, author,
 * dates, media type and, for text formats, the detected charset. The file name is given to Tika because its
 * charset and type detection are only reliable with it.
 */
public final class TikaExtractor implements Extractor {
    private final EncodingDetector encodings = new RegionalEncodingDetector();
    private final ImportLimits limits;

    public TikaExtractor(ImportLimits limits) {
        this.limits = limits;
    }

    /** The fallback: accepts anything; other extractors are asked first. */
    @Override
    public boolean accepts(InputItem item) {
        return true;
    }

    @Override
    public void extract(InputItem item, ExtractionSink sink) throws ExtractionException {
        extract(item, null, sink);
    }

    /**
     * Extracts with a media type declared by the container (an HTTP Content-Type in a web archive, say), which
     * Tika weighs with its own detection; its charset parameter helps with legacy-encoded pages.
     */
    public void extract(InputItem item, String contentTypeHint, ExtractionSink sink) throws ExtractionException {
        if (item.size() == 0) {
            throw new ExtractionException(ImportFailure.Kind.NO_DOCUMENTS, "empty file (0 bytes)");
        }
        if (item.size() > limits.maxFileBytes()) {
            throw new ExtractionException(ImportFailure.Kind.TOO_LARGE, limits.fileTooLarge("file", item.size()));
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, item.name());
        if (contentTypeHint != null) {
            metadata.set(TikaCoreProperties.CONTENT_TYPE_HINT, contentTypeHint);
        }
        // the handler stops the parse as soon as the text passes the limit: the document is refused, not cut
        BodyContentHandler handler = new BodyContentHandler(limits.maxTextChars());
        try (InputStream in = TikaInputStream.get(item.open())) {
            ParseContext context = new ParseContext();
            context.set(EncodingDetector.class, encodings);
            AutoDetect.PARSER.parse(in, handler, metadata, context);
        } catch (ZeroByteFileException e) {
            throw new ExtractionException(ImportFailure.Kind.NO_DOCUMENTS, "empty file (0 bytes)", e);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException("encrypted document: cannot read without the password", e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ExtractionException(ImportFailure.Kind.TOO_LARGE, limits.documentTooLong(), e);
            } else {
                throw new ExtractionException("cannot parse " + typeOf(metadata) + ": " + rootMessage(e), e);
            }
        } catch (TikaException e) {
            // Tika wraps the parser's own error ("TIKA-198: Illegal IOException from …"); the cause says what is wrong
            String reason = e.getCause() != null ? rootMessage(e.getCause()) : rootMessage(e);
            throw new ExtractionException("cannot parse " + typeOf(metadata) + " (damaged or not really this format): "
                    + reason, e);
        } catch (IOException e) {
            throw new ExtractionException("cannot read: " + rootMessage(e), e);
        } catch (RuntimeException | LinkageError e) {
            throw new ExtractionException("parser failed on " + typeOf(metadata) + ": " + rootMessage(e), e);
        }
        String text = handler.toString();
        if (text.isBlank()) {
            throw new ExtractionException(ImportFailure.Kind.NO_DOCUMENTS, "no text found in " + typeOf(metadata)
                    + " (the document is empty, damaged, or holds only images)");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        put(meta, "author", metadata.get(TikaCoreProperties.CREATOR));
        put(meta, "created", metadata.get(TikaCoreProperties.CREATED));
        put(meta, "modified", metadata.get(TikaCoreProperties.MODIFIED));
        put(meta, "language", metadata.get(TikaCoreProperties.LANGUAGE));
        put(meta, "description", metadata.get(TikaCoreProperties.DESCRIPTION));
        put(meta, "pages", metadata.get(Office.PAGE_COUNT));
        String encoding = metadata.get(HttpHeaders.CONTENT_ENCODING);
        Origin origin = new Origin(item.source(), item.part(), baseType(metadata), encoding,
                firstNonBlank(metadata.get(TikaCoreProperties.TITLE)), "", meta);
        sink.document(Document.extracted(origin, text));
    }

    private static String typeOf(Metadata metadata) {
        String type = baseType(metadata);
        return type.isEmpty() ? "the file" : type;
    }

    private static String baseType(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
    }

    private static void put(Map<String, String> meta, String key, String value) {
        if (value != null && !value.isBlank()) {
            meta.put(key, value.strip());
        }
    }

    private static String firstNonBlank(String value) {
        return value == null ? "" : value.strip();
    }

    /** The reason an exception gives, for a person ({@link FailureReason#of}). */
    static String rootMessage(Throwable e) {
        return FailureReason.of(e);
    }

    /**
     * Tika's parser, built the first time a file goes to Tika (it loads Tika's configuration and every parser's
     * class): an import of datasets or plain text, and any command that parses nothing, never pays for it.
     * Thread-safe, shared by every extractor of the process.
     */
    private static final class AutoDetect {
        static final Parser PARSER = new AutoDetectParser();
    }
}
