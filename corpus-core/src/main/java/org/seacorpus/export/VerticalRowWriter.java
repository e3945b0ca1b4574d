package org.seacorpus.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.seacorpus.document.TokenSpans;
import org.seacorpus.document.TokenType;

/**
 * The "vertical" format of Sketch Engine, NoSketch Engine (Manatee) and CWB/CQPweb: one token per line with its
 * positional attributes separated by a tab ({@code word}, then {@code type}: {@code word}, {@code number} or
 * {@code punct}), inside {@code <doc id lang source title>} and {@code <s id>} structures, and the glue tag
 * {@code <g/>} between two tokens written without a space between them (every token of a Thai, Lao, Khmer or
 * Burmese sentence). Attribute values and tokens are XML-escaped ({@code & < > "}); tabs and line breaks in them
 * become spaces, and other control characters are dropped. docs/interop.md shows the registry file.
 */
final class VerticalRowWriter extends RowWriter {
    private final Writer out;

    VerticalRowWriter(Path file, ExportOptions.Compression compression) throws IOException {
        super(file);
        this.out = new BufferedWriter(new OutputStreamWriter(CompressedOutput.over(sink, compression),
                StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    protected void append(ExportRow row) throws IOException {
        Object title = row.metadata().get("title");
        out.append("<doc id=\"").append(attribute(row.id())).append("\" lang=\"").append(attribute(row.lang()))
                .append("\" source=\"").append(attribute(row.source())).append("\" title=\"")
                .append(attribute(title == null ? "" : title.toString())).append("\">\n");
        String text = row.text();
        List<TokenSpans.Sentence> sentences = row.tokens().sentences();
        int number = 0;
        for (TokenSpans.Sentence sentence : sentences) {
            if (sentence.tokens().isEmpty()) {
                continue;
            }
            number++;
            String id = sentence.id().isEmpty() ? row.id() + "-" + number : sentence.id();
            out.append("<s id=\"").append(attribute(id)).append("\">\n");
            TokenSpans.Span previous = null;
            for (TokenSpans.Span token : sentence.tokens()) {
                if (previous != null && previous.end() == token.start()) {
                    out.append("<g/>\n");
                }
                out.append(token(text.substring(token.start(), token.end()))).append('\t')
                        .append(TokenType.of(text, token.start(), token.end()).label()).append('\n');
                previous = token;
            }
            out.append("</s>\n");
        }
        out.append("</doc>\n");
    }

    /** An attribute value inside double quotes. */
    static String attribute(String value) {
        return escape(value, true);
    }

    /** A token on its line. */
    static String token(String value) {
        String escaped = escape(value, false);
        return escaped.isEmpty() ? "\uFFFD" : escaped; // a token of control characters only: still a token line
    }

    private static String escape(String value, boolean quote) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(quote ? "&quot;" : "\"");
                case '\t', '\n', '\r' -> out.append(' ');
                default -> {
                    if (!Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    @Override
    long size() {
        return sink.count();
    }

    @Override
    protected void finish() throws IOException {
        out.close();
    }
}
