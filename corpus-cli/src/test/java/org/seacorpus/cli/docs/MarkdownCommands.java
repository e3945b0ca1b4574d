package org.seacorpus.cli.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the commands a Markdown page shows, and the output it shows for each (the convention is in
 * docs/contributing.md):
 * <ul>
 *   <li>a fenced block whose info string is {@code text}, {@code console} or empty and that holds lines starting
 *       with {@code $ } is a walk-through: each {@code $ } line is a command (a line ending in {@code \} goes on
 *       with the next), and the lines after it, up to the next command or the end of the block, are its output;
 *   <li>an HTML comment {@code <!-- check-docs: skip -->} on the line before the fence leaves the block out
 *       (an illustration: placeholders, commands that need a network or a GPU, …);
 *   <li>other blocks ({@code sh}, {@code yaml}, {@code python}, …) are never run.
 * </ul>
 */
final class MarkdownCommands {
    static final String SKIP = "<!-- check-docs: skip -->";
    private static final Pattern FENCE = Pattern.compile("^(\\s*)(```+|~~~+)\\s*([A-Za-z0-9_+-]*)\\s*$");

    private MarkdownCommands() {
    }

    static List<DocCommand> parse(String doc, List<String> lines) {
        List<DocCommand> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                i++;
                continue;
            }
            String fence = open.group(2);
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().startsWith(fence)) {
                end++;
            }
            String info = open.group(3);
            boolean runnable = info.isEmpty() || info.equals("text") || info.equals("console");
            if (runnable && !skipped(lines, i)) {
                commands(doc, lines, i + 1, end, out);
            }
            i = end + 1;
        }
        return out;
    }

    private static boolean skipped(List<String> lines, int fence) {
        for (int j = fence - 1; j >= 0; j--) {
            String line = lines.get(j).strip();
            if (!line.isEmpty()) {
                return line.equals(SKIP);
            }
        }
        return false;
    }

    private static void commands(String doc, List<String> lines, int from, int to, List<DocCommand> out) {
        int i = from;
        while (i < to && !lines.get(i).startsWith("$ ")) {
            i++; // text before the first command is not checked
        }
        while (i < to) {
            int line = i + 1;
            StringBuilder text = new StringBuilder(lines.get(i).substring(2));
            while (text.toString().endsWith("\\") && i + 1 < to) {
                text.append('\n'); // backslash-newline: the shell's line continuation
                i++;
                text.append(lines.get(i));
            }
            i++;
            int expectedFrom = i;
            List<String> expected = new ArrayList<>();
            while (i < to && !lines.get(i).startsWith("$ ")) {
                expected.add(lines.get(i));
                i++;
            }
            out.add(new DocCommand(doc, line, text.toString(), expected, expectedFrom));
        }
    }
}
