package org.seacorpus.conllu;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

import org.seacorpus.document.TokenSpans;

/**
 * Writes documents as CoNLL-U: a {@code # newdoc id} header with the language and source in comments, then one
 * block per sentence ({@code # sent_id}, {@code # text}, one line per token with the 10 columns, a blank line).
 * Tokens are the FORM and nothing is annotated ({@code _} in LEMMA … DEPS). MISC says what whitespace followed
 * each token, so the text can be rebuilt exactly: nothing for one space, {@code SpaceAfter=No} for none (the
 * normal case inside Thai, Lao, Khmer and Burmese sentences), {@code SpacesAfter=} with the UD escapes for
 * anything else; a blank line between two sentences is a {@code # newpar} on the second. {@link ConlluReader}
 * reads it back to the same text and tokens. Not thread-safe.
 */
public final class ConlluWriter {
    private final Appendable out;

    public ConlluWriter(Appendable out) {
        this.out = out;
    }

    /**
     * The head of a document.
     *
     * @param id     its id ({@code # newdoc id})
     * @param lang   its language code ({@code # lang})
     * @param source where it came from ({@code # source}), or empty
     * @param title  its title ({@code # title}), or empty
     */
    public record Header(String id, String lang, String source, String title) {
    }

    /**
     * Writes one document.
     *
     * @param text   its text
     * @param tokens its sentences of tokens over {@code text}
     * @param taken  true for a sentence id already used in this file, and remembers it as used; such an id
     *               (from the source) gets the document id in front, so ids stay unique in the file
     */
    public void document(Header header, String text, TokenSpans tokens, Predicate<String> taken) throws IOException {
        out.append("# newdoc id = ").append(oneLine(header.id())).append('\n');
        out.append("# lang = ").append(oneLine(header.lang())).append('\n');
        if (!header.source().isEmpty()) {
            out.append("# source = ").append(oneLine(header.source())).append('\n');
        }
        if (!header.title().isEmpty()) {
            out.append("# title = ").append(oneLine(header.title())).append('\n');
        }
        List<TokenSpans.Sentence> sentences = tokens.sentences().stream().filter(s -> !s.tokens().isEmpty()).toList();
        int previousEnd = -1;
        for (int s = 0; s < sentences.size(); s++) {
            TokenSpans.Sentence sentence = sentences.get(s);
            List<TokenSpans.Span> list = sentence.tokens();
            int start = list.get(0).start();
            if (previousEnd >= 0 && text.substring(previousEnd, start).equals("\n\n")) {
                out.append("# newpar\n");
            }
            String id = sentence.id().isEmpty() ? header.id() + "-" + (s + 1) : sentence.id();
            if (taken.test(id)) {
                id = header.id() + "-" + id;
                taken.test(id);
            }
            out.append("# sent_id = ").append(oneLine(id)).append('\n');
            out.append("# text = ").append(oneLine(text.substring(start, list.get(list.size() - 1).end()))).append('\n');
            for (int i = 0; i < list.size(); i++) {
                TokenSpans.Span token = list.get(i);
                int next = i + 1 < list.size() ? list.get(i + 1).start()
                        : s + 1 < sentences.size() ? sentences.get(s + 1).tokens().get(0).start() : -1;
                String misc = next < 0 ? "_" : misc(text.substring(token.end(), next), i + 1 == list.size());
                out.append(Integer.toString(i + 1)).append('\t').append(oneLine(text.substring(token.start(), token.end())))
                        .append("\t_\t_\t_\t_\t_\t_\t_\t").append(misc).append('\n');
            }
            out.append('\n');
            previousEnd = list.get(list.size() - 1).end();
        }
    }

    /** MISC for the whitespace after a token; a blank line after a sentence's last token is its # newpar. */
    static String misc(String after, boolean lastOfSentence) {
        if (after.equals(" ") || lastOfSentence && after.equals("\n\n")) {
            return "_";
        }
        if (after.isEmpty()) {
            return "SpaceAfter=No";
        }
        return "SpacesAfter=" + escapeSpaces(after);
    }

    /** The UD escapes of a {@code SpacesAfter} value ({@code \s \t \n \r \p \\}, others as {@code \}uXXXX). */
    static String escapeSpaces(String spaces) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < spaces.length(); i++) {
            char c = spaces.charAt(i);
            switch (c) {
                case ' ' -> out.append("\\s");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '|' -> out.append("\\p");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A value on one line: tabs and line breaks become spaces. */
    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
