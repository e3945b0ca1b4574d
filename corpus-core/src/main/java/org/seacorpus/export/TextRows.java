package org.seacorpus.export;

/** How a document becomes a block of a plain-text export: its non-blank lines, in order, trailing spaces kept. */
final class TextRows {
    private TextRows() {
    }

    static String withoutBlankLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(line);
            }
        }
        return out.toString();
    }
}
