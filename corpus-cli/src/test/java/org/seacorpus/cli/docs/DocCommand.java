package org.seacorpus.cli.docs;

import java.util.List;

/**
 * One command shown in a Markdown walk-through, with the output the page shows for it.
 *
 * @param doc           the page (path relative to the repository)
 * @param line          1-based line of the {@code $ } line in the page
 * @param text          the command as a shell would read it (continuation lines joined, comment kept)
 * @param expected      the lines the page shows after it, up to the next command or the end of the block
 * @param expectedFrom  0-based index in the page's lines of the first expected line (for --update)
 */
record DocCommand(String doc, int line, String text, List<String> expected, int expectedFrom) {
    DocCommand {
        expected = List.copyOf(expected);
    }

    /** Where it is, for messages: {@code docs/export.md:52}. */
    String where() {
        return doc + ":" + line;
    }
}
