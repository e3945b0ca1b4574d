package org.seacorpus.util;

/** Counts in words for people: "1 document", "2 documents", "1 entry", "3 entries". English nouns only. */
public final class Plural {
    private Plural() {
    }

    /** The count and the noun, with an s unless the count is 1. */
    public static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }

    /** The count and the singular or the plural given. */
    public static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
