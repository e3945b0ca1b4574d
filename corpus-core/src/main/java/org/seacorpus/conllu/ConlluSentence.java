package org.seacorpus.conllu;

import java.util.List;

/**
 * A sentence of a CoNLL-U file.
 *
 * @param id           {@code # sent_id}, or empty
 * @param newParagraph true after {@code # newpar}
 * @param text         {@code # text}, or null when the file gives none
 * @param tokens       its surface tokens
 * @param line         the line where the sentence starts (its first comment or token)
 */
public record ConlluSentence(String id, boolean newParagraph, String text, List<ConlluToken> tokens, int line) {
    public ConlluSentence {
        id = id == null ? "" : id;
        tokens = List.copyOf(tokens);
    }

    /** The text its tokens give: forms joined by the whitespace after each (the last token's not included). */
    public String tokenText() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            ConlluToken t = tokens.get(i);
            out.append(t.form());
            if (i < tokens.size() - 1) {
                out.append(t.after() == null ? " " : t.after());
            }
        }
        return out.toString();
    }
}
