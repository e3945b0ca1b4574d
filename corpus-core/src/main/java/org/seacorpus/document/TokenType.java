package org.seacorpus.document;

import java.util.Locale;

/**
 * What a token is, by its characters: the type written in the vertical format and what decides whether a given
 * token counts as a word. Punctuation is a token of punctuation and symbol characters only ({@code .}, {@code ។},
 * {@code ။}, {@code «}, {@code $}); a number holds digits of any script and perhaps separators ({@code 2,500},
 * {@code ๒๕๖๘}, {@code 3.5}); everything else is a word.
 */
public enum TokenType {
    WORD, NUMBER, PUNCT;

    /** The name written in exports: {@code word}, {@code number}, {@code punct}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type of {@code text[start, end)}. */
    public static TokenType of(CharSequence text, int start, int end) {
        boolean digit = false;
        boolean other = false;
        boolean allPunct = true;
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean punct = isPunctuationOrSymbol(type);
            allPunct &= punct;
            if (Character.isDigit(cp)) {
                digit = true;
            } else if (!(cp == '.' || cp == ',' || cp == ':' || cp == '/' || cp == '-' || cp == '+' || cp == '%')) {
                other = true;
            }
        }
        if (end > start && allPunct) {
            return PUNCT;
        }
        return digit && !other ? NUMBER : WORD;
    }

    public static TokenType of(CharSequence token) {
        return of(token, 0, token.length());
    }

    private static boolean isPunctuationOrSymbol(int type) {
        return switch (type) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
