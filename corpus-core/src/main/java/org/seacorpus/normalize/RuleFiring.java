package org.seacorpus.normalize;

/**
 * One rule that changed a text, with the changed stretch before and after it (plus a little context), for
 * {@code corpus normalize --explain}. The snippet spans from the first to the last character the rule changed.
 *
 * @param rule   the rule's name
 * @param before the stretch as it was
 * @param after  the same stretch after the rule
 */
public record RuleFiring(String rule, String before, String after) {
    /** Characters of unchanged context kept on each side of the change. */
    public static final int CONTEXT = 12;
    /** Longest changed stretch shown in full; longer ones are cut in the middle with an ellipsis. */
    public static final int MAX_CHANGED = 80;

    /** The firing of {@code rule} that turned {@code before} into {@code after}. */
    public static RuleFiring of(String rule, String before, String after) {
        int prefix = 0;
        int limit = Math.min(before.length(), after.length());
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        int start = clusterStart(before, Math.max(0, prefix - CONTEXT));
        int endBefore = clusterEnd(before, Math.min(before.length(), before.length() - suffix + CONTEXT));
        int trailing = before.length() - endBefore;
        return new RuleFiring(rule, shorten(before.substring(start, endBefore)),
                shorten(after.substring(start, after.length() - trailing)));
    }

    /** Moves a cut left so that it does not split a surrogate pair or separate a mark from its base. */
    private static int clusterStart(String text, int index) {
        int i = index;
        while (i > 0 && i < text.length() && (Character.isLowSurrogate(text.charAt(i)) || isMark(text, i))) {
            i--;
        }
        return i;
    }

    /** Moves a cut right so that it does not split a surrogate pair or leave a mark behind. */
    private static int clusterEnd(String text, int index) {
        int i = index;
        while (i < text.length() && i > 0 && (Character.isLowSurrogate(text.charAt(i)) || isMark(text, i))) {
            i++;
        }
        return i;
    }

    private static boolean isMark(String text, int index) {
        int type = Character.getType(text.codePointAt(index));
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String shorten(String snippet) {
        if (snippet.length() <= MAX_CHANGED + 2 * CONTEXT) {
            return snippet;
        }
        int head = clusterEnd(snippet, MAX_CHANGED / 2 + CONTEXT);
        int tail = clusterStart(snippet, snippet.length() - MAX_CHANGED / 2 - CONTEXT);
        return tail <= head ? snippet : snippet.substring(0, head) + "…" + snippet.substring(tail);
    }
}
