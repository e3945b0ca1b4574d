package org.seacorpus.cli.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a simple shell command into words the way a POSIX shell would: single quotes, double quotes (with
 * {@code \\ \" \$ \`} escapes), backslash escapes, backslash-newline continuation, {@code #} comments. A command
 * that needs more of the shell (pipes, redirections, variables, globs, several commands) is not split: it is
 * run by bash instead.
 */
final class ShellWords {
    private ShellWords() {
    }

    /** The words, or empty when the command needs a real shell. */
    static Optional<List<String>> split(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        int n = command.length();
        while (i < n) {
            char c = command.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char next = command.charAt(i + 1);
                if (next != '\n') {
                    word.append(next);
                    inWord = true;
                }
                i += 2;
            } else if (c == '\'') {
                int end = command.indexOf('\'', i + 1);
                if (end < 0) {
                    return Optional.empty();
                }
                word.append(command, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i++;
                while (i < n && command.charAt(i) != '"') {
                    char d = command.charAt(i);
                    if (d == '$' || d == '`') {
                        return Optional.empty();
                    }
                    if (d == '\\' && i + 1 < n && "\\\"$`\n".indexOf(command.charAt(i + 1)) >= 0) {
                        if (command.charAt(i + 1) != '\n') {
                            word.append(command.charAt(i + 1));
                        }
                        i += 2;
                    } else {
                        word.append(d);
                        i++;
                    }
                }
                if (i >= n) {
                    return Optional.empty();
                }
                inWord = true;
                i++;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '#' && !inWord) {
                break; // a comment to the end of the line
            } else if ("|&;<>()$`*?[]{}~".indexOf(c) >= 0) {
                return Optional.empty();
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return Optional.of(words);
    }

    /**
     * Splits {@code producer | consumer} at its one unquoted pipe, or empty when there is none (or more).
     * Quotes are respected; the parts are returned as written.
     */
    static Optional<String[]> pipe(String command) {
        int at = -1;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"') {
                    i++;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '\\') {
                i++;
            } else if (c == '|') {
                if (at >= 0 || (i + 1 < command.length() && command.charAt(i + 1) == '|')) {
                    return Optional.empty();
                }
                at = i;
            }
        }
        return at < 0 ? Optional.empty()
                : Optional.of(new String[] {command.substring(0, at).strip(), command.substring(at + 1).strip()});
    }
}
