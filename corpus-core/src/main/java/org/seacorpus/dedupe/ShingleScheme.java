package org.seacorpus.dedupe;

import java.util.Locale;

/**
 * What a shingle is: {@code size} consecutive words found by the language's segmenter, or {@code size}
 * consecutive characters (code points) of the folded text. Written {@code words:5} or {@code chars:5}.
 *
 * <p>Word shingles are the usual choice (FineWeb-2 and datatrove use 5-word shingles). For Thai, Lao, Khmer
 * and Burmese the words come from ICU's dictionary segmenter, not from spaces, so a shingle is five real words
 * rather than five whole phrases. Character shingles do not depend on the segmenter at all; they are the option
 * when a language's dictionary is weak.
 */
public record ShingleScheme(Kind kind, int size) {
    /** What a shingle is made of. */
    public enum Kind { WORDS, CHARS }

    public static final ShingleScheme WORDS_5 = new ShingleScheme(Kind.WORDS, 5);

    public ShingleScheme {
        if (size < 1 || size > 32) {
            throw new IllegalArgumentException("shingle size must be 1 to 32, not " + size);
        }
    }

    /** Parses {@code words:5}, {@code chars:7}, or just {@code words} / {@code chars} (size 5). */
    public static ShingleScheme parse(String spec) {
        String s = spec.strip().toLowerCase(Locale.ROOT);
        int colon = s.indexOf(':');
        String kind = colon < 0 ? s : s.substring(0, colon);
        int size = 5;
        if (colon >= 0) {
            try {
                size = Integer.parseInt(s.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("shingle scheme '" + spec + "' has no number after ':'; "
                        + "write e.g. words:5 or chars:5");
            }
        }
        return switch (kind) {
            case "words", "word", "w" -> new ShingleScheme(Kind.WORDS, size);
            case "chars", "char", "c" -> new ShingleScheme(Kind.CHARS, size);
            default -> throw new IllegalArgumentException("unknown shingle scheme '" + spec
                    + "'; use words:N or chars:N");
        };
    }

    /** Short form used in the signature scheme id, e.g. {@code w5}. */
    public String id() {
        return (kind == Kind.WORDS ? "w" : "c") + size;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + size;
    }
}
