package org.seacorpus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * One JSON Lines row as field name to text, parsed while its line is read ({@link LineInput}), so memory is
 * bounded by the limits, not by the line: a string longer than {@code maxTextChars}, a line longer than
 * {@code maxFileBytes} characters, more than {@value #MAX_FIELDS} fields or fields adding up to more than twice
 * {@code maxTextChars} characters refuse the row as soon as they are seen. Values: strings as they are, numbers
 * and booleans as written, nested objects and arrays as compact JSON; nulls are left out. Thread-safe.
 */
final class JsonRowReader {
    /** Most top-level fields a row may have. */
    static final int MAX_FIELDS = 10_000;
    /** Deepest nesting read (Jackson's own default, said here so the reason can name it). */
    static final int MAX_DEPTH = 1_000;

    private final JsonFactory factory;
    private final ImportLimits limits;

    JsonRowReader(ImportLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(limits.maxTextChars())
                        .maxDocumentLength(limits.maxFileBytes())
                        .maxNestingDepth(MAX_DEPTH)
                        .build())
                .build();
    }

    /** A row that cannot be read; {@code kind} tells a limit from bad JSON. */
    static final class RowException extends Exception {
        private final ImportFailure.Kind kind;

        RowException(ImportFailure.Kind kind, String message) {
            super(message);
            this.kind = kind;
        }

        ImportFailure.Kind kind() {
            return kind;
        }
    }

    /**
     * Reads one line's row, or returns null for a blank line. Anything but whitespace after the object refuses
     * the row (two objects on a line, or lines ended by a bare CR, would otherwise be lost without a word).
     */
    Map<String, String> read(InputStream line) throws IOException, RowException {
        try (JsonParser parser = factory.createParser(new InputStreamReader(line, lenientUtf8()))) {
            return row(parser);
        }
    }

    /**
     * Reads one line given whole as bytes, the same as {@link #read(InputStream)} would: decoded by the
     * {@code scratch}'s decoder into its characters and parsed from there, with no reader or copy of its own.
     * Only for lines of at most {@link #wholeLineBytes()} bytes, where none of Jackson's limits can be reached
     * (UTF-8 never gives more characters than bytes), so a line is refused or read exactly as when streamed.
     */
    Map<String, String> read(byte[] bytes, int offset, int length, Scratch scratch) throws IOException, RowException {
        if (length > wholeLineBytes()) {
            throw new IllegalArgumentException("line of " + length + " bytes: stream it");
        }
        int chars = scratch.decode(bytes, offset, length);
        try (JsonParser parser = factory.createParser(scratch.chars, 0, chars)) {
            return row(parser);
        }
    }

    /**
     * Longest line {@link #read(byte[], int, int, Scratch)} takes: at most 64 KiB, and below every length limit
     * (of a line, of a string, of a field name) so that none of them can be reached in a line read whole.
     */
    int wholeLineBytes() {
        long max = Math.min(WHOLE_LINE_BYTES, Math.min(limits.maxFileBytes(), limits.maxTextChars()));
        return (int) Math.min(max, factory.streamReadConstraints().getMaxNameLength());
    }

    /** Longest line read whole when the limits allow it. */
    static final int WHOLE_LINE_BYTES = 64 * 1024;

    /** What one reader of a file reuses from line to line: a decoder and the characters of the last line. */
    static final class Scratch {
        private final CharsetDecoder decoder = lenientUtf8();
        private char[] chars = new char[1024];

        /** Decodes the bytes into {@link #chars} as a reader would, returning how many characters they gave. */
        int decode(byte[] bytes, int offset, int length) {
            if (chars.length < length) {
                chars = new char[Math.max(length, Math.min(2 * chars.length, WHOLE_LINE_BYTES))];
            }
            CharBuffer out = CharBuffer.wrap(chars);
            decoder.reset();
            // with REPLACE the decoder neither fails nor overflows: UTF-8 never gives more characters than bytes
            CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, offset, length), out, true);
            if (result.isUnderflow()) {
                result = decoder.flush(out);
            }
            if (!result.isUnderflow()) {
                throw new IllegalStateException("decoding a line gave " + result);
            }
            return out.position();
        }
    }

    /** Decoded leniently, as the whole file used to be: a stray byte becomes U+FFFD rather than losing the row. */
    private static CharsetDecoder lenientUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private Map<String, String> row(JsonParser parser) throws IOException, RowException {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                throw new RowException(ImportFailure.Kind.INPUT, "not a JSON object");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            long chars = 0;
            long maxChars = 2L * limits.maxTextChars();
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                token = parser.nextToken();
                if (token == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (fields.size() >= MAX_FIELDS) {
                    throw new RowException(ImportFailure.Kind.TOO_LARGE,
                            "more than " + MAX_FIELDS + " fields in one row: refused");
                }
                String value = token.isStructStart() ? nested(parser) : parser.getText();
                chars += value.length();
                if (chars > maxChars) {
                    throw new RowException(ImportFailure.Kind.TOO_LARGE, limits.documentTooLong());
                }
                fields.put(name, value);
            }
            if (token != JsonToken.END_OBJECT) {
                throw new RowException(ImportFailure.Kind.INPUT, "malformed JSON: the object does not close");
            }
            if (parser.nextToken() != null) {
                throw new RowException(ImportFailure.Kind.INPUT, "malformed JSON: more than one value on the line "
                        + "(JSON Lines holds one object per line, ended by a line feed)");
            }
            return fields;
        } catch (StreamConstraintsException e) {
            throw new RowException(ImportFailure.Kind.TOO_LARGE, constraint(e));
        } catch (JsonProcessingException e) {
            throw new RowException(ImportFailure.Kind.INPUT, "malformed JSON: " + e.getOriginalMessage());
        }
    }

    /** A nested object or array as compact JSON, refused once it passes the per-document limit. */
    private String nested(JsonParser parser) throws IOException, RowException {
        CappedWriter out = new CappedWriter(limits.maxTextChars());
        try (JsonGenerator generator = factory.createGenerator(out)) {
            generator.copyCurrentStructure(parser);
        } catch (CappedWriter.Full e) {
            throw new RowException(ImportFailure.Kind.TOO_LARGE, limits.documentTooLong());
        }
        return out.toString();
    }

    /** Which of Jackson's limits was reached, in words. */
    private String constraint(StreamConstraintsException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("String value length")) {
            return limits.documentTooLong();
        }
        if (message.contains("Document length") || message.contains("document length")) {
            return limits.fileTooLarge("line", -1);
        }
        if (message.contains("nesting depth")) {
            return "nested more than " + MAX_DEPTH + " levels deep: refused";
        }
        if (message.contains("Number value length")) {
            return "a number with too many digits: refused";
        }
        return String.format(Locale.ROOT, "row passes a reading limit: %s", FailureReason.clean(message));
    }

    /** A writer that gives up past a number of characters. */
    private static final class CappedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int max;

        CappedWriter(int max) {
            this.max = max;
        }

        static final class Full extends IOException {
            Full() {
                super("too long");
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            if (text.length() + (long) len > max) {
                throw new Full();
            }
            text.append(cbuf, off, len);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            if (text.length() + (long) len > max) {
                throw new Full();
            }
            text.append(str, off, off + len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
