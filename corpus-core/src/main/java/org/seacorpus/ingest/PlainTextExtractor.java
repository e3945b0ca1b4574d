package org.seacorpus.ingest;

import java.io.IOException;
import java.util.Set;

import org.seacorpus.document.Document;
import org.seacorpus.document.Origin;

/**
 * Plain text and Markdown: charset by {@link CharsetGuesser}; binary content named .txt is refused. For
 * Markdown the first heading becomes the title; the markup stays in the text (it is the author's text).
 */
public final class PlainTextExtractor implements Extractor {
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
        byte[] bytes;
        try {
            bytes = item.readAll(limits.maxFileBytes());
        } catch (IOException e) {
            throw new ExtractionException("cannot read: " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new ExtractionException("empty file (0 bytes)");
        }
        CharsetGuesser.Guess guess = charsets.guess(bytes);
        String binary = BinarySniffer.describeBinary(bytes, guess);
        if (binary != null) {
            throw new ExtractionException("binary content, not text (" + binary + ")");
        }
        String text = guess.decode(bytes);
        String undecodable = BinarySniffer.describeUndecodable(text);
        if (undecodable != null) {
            throw new ExtractionException("not text in any known charset (" + undecodable + ")");
        }
        if (text.isBlank()) {
            throw new ExtractionException("no text: the file holds only whitespace");
        }
        boolean markdown = item.lowerName().endsWith(".md") || item.lowerName().endsWith(".markdown");
        String mime = markdown ? "text/markdown" : "text/plain";
        Origin origin = new Origin(item.source(), item.part(), mime, guess.encodingName(),
                markdown ? markdownTitle(text) : "", "", java.util.Map.of());
        sink.document(Document.extracted(origin, text));
    }

    private static String markdownTitle(String text) {
        for (String line : text.split("\\R", 50)) {
            String stripped = line.strip();
            if (stripped.startsWith("#")) {
                return stripped.replaceFirst("^#+\\s*", "").strip();
            }
        }
        return "";
    }
}
