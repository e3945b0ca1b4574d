package org.seacorpus.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.CodingErrorAction;
import java.util.Set;

import org.seacorpus.document.Document;
import org.seacorpus.document.Origin;

/**
 * Plain text and Markdown: charset by {@link CharsetGuesser}; binary content named .txt is refused. For
 * Markdown the first heading becomes the title; the markup stays in the text (it is the author's text).
 *
 * <p>Read as a stream: the charset is decided on the first {@value #SAMPLE_BYTES} bytes (the whole file when it
 * is smaller, as before), then the text is decoded chunk by chunk and refused as soon as it passes
 * {@code maxTextChars} characters, so a 260 MB one-line file costs at most the limit, not the file.
 */
public final class PlainTextExtractor implements Extractor {
    /** Bytes the charset and the binary check look at. */
    static final int SAMPLE_BYTES = 4 << 20;
    private static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "markdown", "rst", "log");
    private final CharsetGuesser charsets = new CharsetGuesser();
    private final ImportLimits limits;

    public PlainTextExtractor(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean accepts(InputItem item) {
        String name = item.lowerName();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    @Override
    public void extract(InputItem item, ExtractionSink sink) throws ExtractionException {
        if (item.size() == 0) {
            throw new ExtractionException(ImportFailure.Kind.NO_DOCUMENTS, "empty file (0 bytes)");
        }
        if (item.size() > limits.maxFileBytes()) {
            throw new ExtractionException(ImportFailure.Kind.TOO_LARGE, limits.fileTooLarge("file", item.size()));
        }
        String text;
        CharsetGuesser.Guess guess;
        try (InputStream in = item.open()) {
            byte[] sample = in.readNBytes((int) Math.min(item.size(), SAMPLE_BYTES));
            boolean complete = sample.length == item.size();
            guess = complete ? charsets.guess(sample) : charsets.guessFromPrefix(sample);
            String binary = BinarySniffer.describeBinary(sample, guess);
            if (binary != null) {
                throw new ExtractionException("binary content, not text (" + binary + ")");
            }
            text = complete ? decodeWhole(sample, guess) : decodeStream(sample, in, item.size(), guess);
        } catch (IOException e) {
            throw new ExtractionException("cannot read: " + FailureReason.of(e), e);
        }
        String undecodable = BinarySniffer.describeUndecodable(text);
        if (undecodable != null) {
            throw new ExtractionException("not text in any known charset (" + undecodable + ")");
        }
        if (text.isBlank()) {
            throw new ExtractionException(ImportFailure.Kind.NO_DOCUMENTS, "no text: the file holds only whitespace");
        }
        boolean markdown = item.lowerName().endsWith(".md") || item.lowerName().endsWith(".markdown");
        String mime = markdown ? "text/markdown" : "text/plain";
        Origin origin = new Origin(item.source(), item.part(), mime, guess.encodingName(),
                markdown ? markdownTitle(text) : "", "", java.util.Map.of());
        sink.document(Document.extracted(origin, text));
    }

    private String decodeWhole(byte[] bytes, CharsetGuesser.Guess guess) throws ExtractionException {
        String text = guess.decode(bytes);
        if (text.length() > limits.maxTextChars()) {
            throw new ExtractionException(ImportFailure.Kind.TOO_LARGE, limits.documentTooLong());
        }
        return text;
    }

    /**
     * Decodes the sample and the rest of the stream, stopping at the character limit. Legacy font
     * encodings are decoded whole (their decoder works on bytes): every character takes at most four bytes
     * there, so a file of more than four times the limit is refused unread.
     */
    private String decodeStream(byte[] sample, InputStream rest, long size, CharsetGuesser.Guess guess)
            throws IOException, ExtractionException {
        InputStream all = new SequenceInputStream(new ByteArrayInputStream(sample), rest);
        if (guess.legacy() != null) {
            if (size > 4L * limits.maxTextChars()) {
                throw new ExtractionException(ImportFailure.Kind.TOO_LARGE, limits.documentTooLong());
            }
            return decodeWhole(all.readAllBytes(), guess);
        }
        all.skipNBytes(guess.bomLength());
        Reader reader = new InputStreamReader(all, guess.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        StringBuilder text = new StringBuilder((int) Math.min(size, Math.min(limits.maxTextChars(), 1 << 24)));
        char[] buffer = new char[64 * 1024];
        int n;
        while ((n = reader.read(buffer)) >= 0) {
            if (text.length() + n > limits.maxTextChars()) {
                throw new ExtractionException(ImportFailure.Kind.TOO_LARGE, limits.documentTooLong());
            }
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    /** The first Markdown heading within the first 50 lines, without splitting the whole text. */
    private static String markdownTitle(String text) {
        int start = 0;
        for (int line = 0; line < 50 && start < text.length(); line++) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String stripped = text.substring(start, Math.min(end, start + 1_000)).strip();
            if (stripped.startsWith("#")) {
                return stripped.replaceFirst("^#+\\s*", "").strip();
            }
            start = end + 1;
        }
        return "";
    }
}
