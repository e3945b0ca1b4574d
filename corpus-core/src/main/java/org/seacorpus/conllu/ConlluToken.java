package org.seacorpus.conllu;

/**
 * A surface token of a CoNLL-U sentence: a word line, or the range line of a multiword token (whose form is
 * what the text holds, {@code del} for {@code de} + {@code el}).
 *
 * @param form  the FORM as written
 * @param after the whitespace after it: from {@code SpacesAfter}, empty for {@code SpaceAfter=No}, else null
 *              (the format's default: one space inside a sentence)
 */
public record ConlluToken(String form, String after) {
    public ConlluToken {
        if (form == null || form.isEmpty()) {
            throw new IllegalArgumentException("a token needs a form");
        }
    }
}
