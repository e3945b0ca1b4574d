package org.seacorpus.conllu;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a CoNLL-U file line by line against the rules of the format (universaldependencies.org/format.html,
 * the first levels of UD's validator): LF line ends and a blank line at the end; three kinds of lines (word
 * lines, blank lines between sentences, comment lines before a sentence's words); 10 tab-separated columns,
 * none empty, and no spaces outside FORM, LEMMA and MISC; word ids 1, 2, 3 … per sentence, multiword ranges
 * and empty nodes where they may be; every sentence with a {@code # sent_id} unique in the file and a
 * {@code # text} equal to its forms joined by the spaces MISC gives. Independent of {@link ConlluReader}, so
 * each checks the other.
 */
public final class ConlluValidator {
    private static final Pattern WORD_ID = Pattern.compile("[1-9][0-9]*");
    private static final Pattern RANGE_ID = Pattern.compile("([1-9][0-9]*)-([1-9][0-9]*)");
    private static final Pattern EMPTY_ID = Pattern.compile("(0|[1-9][0-9]*)\\.([1-9][0-9]*)");
    private static final Pattern SENT_ID = Pattern.compile("#\\s*sent_id\\s*=\\s*(\\S.*)");
    private static final Pattern TEXT = Pattern.compile("#\\s*text\\s*=\\s?(.*)");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    private ConlluValidator() {
    }

    /** The problems found, each {@code line N: what}; empty for a valid file. */
    public static List<String> check(String content) {
        List<String> problems = new ArrayList<>();
        if (content.isEmpty()) {
            problems.add("line 1: empty file");
            return problems;
        }
        if (content.indexOf('\r') >= 0) {
            problems.add("line " + lineOf(content, content.indexOf('\r')) + ": CR character (lines end with LF only)");
        }
        if (!content.endsWith("\n\n")) {
            problems.add("line " + lineOf(content, content.length() - 1) + ": the file must end with a blank line");
        }
        String[] lines = content.split("\n", -1);
        Set<String> ids = new HashSet<>();
        Sentence sentence = new Sentence();
        int last = content.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < last; i++) {
            int number = i + 1;
            String line = lines[i];
            if (line.isEmpty()) {
                sentence.end(number, ids, problems);
                sentence = new Sentence();
            } else if (line.startsWith("#")) {
                if (sentence.words > 0 || sentence.lastId != 0) {
                    problems.add("line " + number + ": comment inside a sentence");
                }
                Matcher id = SENT_ID.matcher(line);
                if (id.matches()) {
                    sentence.id = id.group(1).strip();
                }
                Matcher text = TEXT.matcher(line);
                if (text.matches()) {
                    sentence.text = text.group(1);
                }
            } else {
                sentence.word(number, line, problems);
            }
        }
        if (sentence.started()) {
            problems.add("line " + last + ": the last sentence is not ended by a blank line");
        }
        return problems;
    }

    private static int lineOf(String content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The sentence being checked. */
    private static final class Sentence {
        String id;
        String text;
        int lastId;
        int rangeEnd;
        int words;
        int firstLine;
        final StringBuilder forms = new StringBuilder();
        String pendingSpace = "";

        boolean started() {
            return words > 0 || id != null || text != null;
        }

        void word(int number, String line, List<String> problems) {
            if (firstLine == 0) {
                firstLine = number;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 10) {
                problems.add("line " + number + ": " + c.length + " columns, not 10");
                return;
            }
            for (int k = 0; k < 10; k++) {
                if (c[k].isEmpty()) {
                    problems.add("line " + number + ": column " + (k + 1) + " is empty (write _ for none)");
                } else if (k != 1 && k != 2 && k != 9 && c[k].chars().anyMatch(Character::isWhitespace)) {
                    problems.add("line " + number + ": space in column " + (k + 1));
                } else if (c[k].strip().length() != c[k].length()) {
                    problems.add("line " + number + ": column " + (k + 1) + " starts or ends with whitespace");
                }
            }
            Matcher range = RANGE_ID.matcher(c[0]);
            Matcher empty = EMPTY_ID.matcher(c[0]);
            boolean surface;
            if (WORD_ID.matcher(c[0]).matches()) {
                int n = Integer.parseInt(c[0]);
                if (n != lastId + 1) {
                    problems.add("line " + number + ": word id " + n + " after " + lastId);
                }
                lastId = n;
                words++;
                surface = n > rangeEnd;
            } else if (range.matches()) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(2));
                if (from != lastId + 1 || to <= from) {
                    problems.add("line " + number + ": bad multiword range " + c[0]);
                }
                rangeEnd = to;
                surface = true;
            } else if (empty.matches()) {
                if (Integer.parseInt(empty.group(1)) != lastId) {
                    problems.add("line " + number + ": empty node " + c[0] + " not after word " + lastId);
                }
                surface = false;
            } else {
                problems.add("line " + number + ": bad ID '" + c[0] + "'");
                surface = false;
            }
            if (surface) {
                forms.append(pendingSpace).append(c[1]);
                pendingSpace = space(c[9]);
            }
        }

        void end(int number, Set<String> ids, List<String> problems) {
            if (!started()) {
                if (number > 1 && firstLine == 0 && id == null && text == null) {
                    problems.add("line " + number + ": blank line outside a sentence");
                }
                return;
            }
            int where = firstLine == 0 ? number : firstLine;
            if (words == 0) {
                problems.add("line " + where + ": sentence without words");
            }
            if (id == null) {
                problems.add("line " + where + ": sentence without # sent_id");
            } else if (!ids.add(id)) {
                problems.add("line " + where + ": # sent_id " + id + " is used twice in the file");
            }
            if (text == null) {
                problems.add("line " + where + ": sentence without # text");
            } else if (!text.equals(forms.toString())) {
                problems.add("line " + where + ": # text '" + text + "' differs from the forms '" + forms + "'");
            }
        }

        /** The space after a token in the # text: MISC says none, some (escaped), or one. */
        private static String space(String misc) {
            for (String item : misc.split("\\|")) {
                if (item.equals("SpaceAfter=No")) {
                    return "";
                }
                if (item.startsWith("SpacesAfter=")) {
                    String value = item.substring("SpacesAfter=".length());
                    // in # text, line breaks and tabs are written as spaces
                    String spaces = UNICODE_ESCAPE.matcher(value).replaceAll(m -> Matcher.quoteReplacement(
                            String.valueOf((char) Integer.parseInt(m.group(1), 16))));
                    return spaces.replace("\\s", " ").replace("\\t", " ").replace("\\n", " ").replace("\\r", " ")
                            .replace("\\p", "|").replace("\\\\", "\\");
                }
            }
            return " ";
        }
    }
}
