package org.seacorpus.conllu;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CoNLL-U (Universal Dependencies, format version 2) into documents of sentences of surface tokens,
 * streaming: one document is held at a time. A document is what follows a {@code # newdoc} comment (or the
 * whole file when it has none). Word lines need their 10 tab-separated columns; word ids run 1, 2, 3 … in
 * each sentence; a multiword token ({@code 3-4}) stands for its words in the text, and empty nodes
 * ({@code 5.1}) are not in the text at all. Comments read: {@code newdoc [id = …]}, {@code newpar},
 * {@code sent_id}, {@code text}, and at document level {@code lang} and {@code title} (or {@code meta::title}).
 * Only FORM and MISC ({@code SpaceAfter=No}, {@code SpacesAfter=…}) are kept: the annotation columns are not
 * part of a corpus document. A document that breaks a rule is reported with the line and the rule, and the
 * reader goes on with the next document.
 */
public final class ConlluReader {
    private static final Pattern WORD_ID = Pattern.compile("[1-9][0-9]*");
    private static final Pattern RANGE_ID = Pattern.compile("([1-9][0-9]*)-([1-9][0-9]*)");
    private static final Pattern EMPTY_ID = Pattern.compile("(0|[1-9][0-9]*)\\.([1-9][0-9]*)");
    private static final Pattern KEY_VALUE = Pattern.compile("([^=\\s]+)\\s*=\\s?(.*)");

    /** Receives the documents read, and the documents that failed. */
    public interface Sink {
        void document(ConlluDocument document);

        /**
         * @param id     the failed document's {@code newdoc id}, or empty
         * @param number its 1-based number in the file
         */
        void failure(String id, int number, ConlluException problem);
    }

    private ConlluReader() {
    }

    /** Reads every document of {@code in} into {@code sink}; the caller closes {@code in}. */
    public static void read(BufferedReader in, Sink sink) throws IOException {
        new State(sink).run(in);
    }

    /** Unescapes a {@code SpacesAfter} value: {@code \s \t \n \r \p \\ \}uXXXX. */
    static String unescapeSpaces(String value, int line) throws ConlluException {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 >= value.length()) {
                out.append(c);
                continue;
            }
            char e = value.charAt(++i);
            switch (e) {
                case 's' -> out.append(' ');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'p' -> out.append('|');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    try {
                        if (i + 4 >= value.length()) {
                            throw new NumberFormatException();
                        }
                        out.append((char) Integer.parseInt(value.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException ex) {
                        throw new ConlluException(line, "SpacesAfter escape \\u needs four hex digits");
                    }
                    i += 4;
                }
                default -> throw new ConlluException(line, "unknown escape \\" + e + " in SpacesAfter");
            }
        }
        return out.toString();
    }

    /** The reading state of one file. */
    private static final class State {
        private final Sink sink;
        private int lineNumber;
        private int documents;

        // the document being read
        private String docId = "";
        private String docLang = "";
        private String docTitle = "";
        private int docLine = 1;
        private List<ConlluSentence> sentences = new ArrayList<>();
        private ConlluException docProblem;
        private boolean docStarted;

        // the sentence being read
        private String sentId = "";
        private String sentText;
        private boolean newPar;
        private int sentLine;
        private final List<ConlluToken> tokens = new ArrayList<>();
        private int nextWord = 1;
        private int rangeEnd;
        private int words;

        State(Sink sink) {
            this.sink = sink;
        }

        void run(BufferedReader in) throws IOException {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                try {
                    line(line);
                } catch (ConlluException e) {
                    if (docProblem == null) {
                        docProblem = e;
                    }
                    resetSentence();
                }
            }
            try {
                endSentence();
            } catch (ConlluException e) {
                if (docProblem == null) {
                    docProblem = e;
                }
            }
            endDocument();
        }

        private void line(String line) throws ConlluException {
            if (line.isBlank()) {
                endSentence();
                return;
            }
            if (line.startsWith("#")) {
                comment(line.substring(1).strip());
                return;
            }
            if (docProblem != null) {
                return; // the rest of a broken document is skipped up to the next # newdoc
            }
            word(line);
        }

        private void comment(String comment) throws ConlluException {
            if (comment.equals("newdoc") || comment.startsWith("newdoc ")) {
                if (!tokens.isEmpty()) {
                    throw new ConlluException(lineNumber, "# newdoc inside a sentence (a blank line must end it)");
                }
                endDocument();
                Matcher id = KEY_VALUE.matcher(comment.substring("newdoc".length()).strip());
                docId = id.matches() && id.group(1).equals("id") ? id.group(2).strip() : "";
                docLine = lineNumber;
                docStarted = true;
                return;
            }
            if (docProblem != null) {
                return;
            }
            if (!tokens.isEmpty()) {
                throw new ConlluException(lineNumber, "comment inside a sentence (a blank line must end the "
                        + "sentence before the next one's comments)");
            }
            if (sentLine == 0) {
                sentLine = lineNumber;
            }
            if (comment.equals("newpar") || comment.startsWith("newpar ")) {
                newPar = true;
                return;
            }
            Matcher kv = KEY_VALUE.matcher(comment);
            if (!kv.matches()) {
                return;
            }
            String value = kv.group(2).strip();
            switch (kv.group(1)) {
                case "sent_id" -> sentId = value;
                case "text" -> sentText = value;
                case "lang" -> docLang = docLang.isEmpty() ? value : docLang;
                case "title", "meta::title" -> docTitle = docTitle.isEmpty() ? value : docTitle;
                default -> { }
            }
        }

        private void word(String line) throws ConlluException {
            String[] columns = line.split("\t", -1);
            if (columns.length != 10) {
                throw new ConlluException(lineNumber, columns.length + " column" + (columns.length == 1 ? "" : "s")
                        + ", a word line needs 10 separated by tabs (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL "
                        + "DEPS MISC)");
            }
            if (sentLine == 0) {
                sentLine = lineNumber;
            }
            String id = columns[0];
            String form = columns[1];
            if (form.isEmpty()) {
                throw new ConlluException(lineNumber, "empty FORM (an underscore stands for none)");
            }
            if (WORD_ID.matcher(id).matches()) {
                int n = Integer.parseInt(id);
                if (n != nextWord) {
                    throw new ConlluException(lineNumber, "word id " + n + " where " + nextWord + " was due (ids run "
                            + "1, 2, 3 … in each sentence)");
                }
                nextWord++;
                words++;
                if (n > rangeEnd) {
                    tokens.add(new ConlluToken(form, after(columns[9])));
                }
                return;
            }
            Matcher range = RANGE_ID.matcher(id);
            if (range.matches()) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(2));
                if (from != nextWord || to <= from) {
                    throw new ConlluException(lineNumber, "multiword token " + id + " must start at word " + nextWord
                            + " and cover at least two words");
                }
                rangeEnd = to;
                tokens.add(new ConlluToken(form, after(columns[9])));
                return;
            }
            Matcher empty = EMPTY_ID.matcher(id);
            if (empty.matches()) {
                if (Integer.parseInt(empty.group(1)) != nextWord - 1) {
                    throw new ConlluException(lineNumber, "empty node " + id + " must follow word " + (nextWord - 1));
                }
                return;
            }
            throw new ConlluException(lineNumber, "ID '" + id + "' is not a word index (1, 2, …), a multiword range "
                    + "(1-2) or an empty node (1.1)");
        }

        /** The whitespace after a token from its MISC column, or null for the default. */
        private String after(String misc) throws ConlluException {
            if (misc.equals("_") || misc.isEmpty()) {
                return null;
            }
            String after = null;
            for (String item : misc.split("\\|")) {
                if (item.equals("SpaceAfter=No")) {
                    after = after == null ? "" : after;
                } else if (item.startsWith("SpacesAfter=")) {
                    after = unescapeSpaces(item.substring("SpacesAfter=".length()), lineNumber);
                }
            }
            return after;
        }

        private void endSentence() throws ConlluException {
            if (tokens.isEmpty()) {
                if (words == 0 && nextWord > 1) {
                    throw new ConlluException(sentLine, "sentence without words");
                }
                // comments without words (a document header): their paragraph mark carries over
                boolean keepPar = newPar;
                resetSentence();
                newPar = keepPar;
                return;
            }
            if (docProblem == null) {
                docStarted = true;
                sentences.add(new ConlluSentence(sentId, newPar, sentText, tokens, sentLine));
            }
            resetSentence();
        }

        private void resetSentence() {
            sentId = "";
            sentText = null;
            newPar = false;
            sentLine = 0;
            tokens.clear();
            nextWord = 1;
            rangeEnd = 0;
            words = 0;
        }

        private void endDocument() {
            if (docStarted || docProblem != null || !sentences.isEmpty()) {
                documents++;
                if (docProblem != null) {
                    sink.failure(docId, documents, docProblem);
                } else if (!sentences.isEmpty()) {
                    sink.document(new ConlluDocument(docId, docLang, docTitle, sentences, docLine));
                } else {
                    sink.failure(docId, documents, new ConlluException(docLine, "document without sentences"));
                }
            }
            docId = "";
            docLang = "";
            docTitle = "";
            sentences = new ArrayList<>();
            docProblem = null;
            docStarted = false;
            docLine = lineNumber + 1;
        }
    }
}
