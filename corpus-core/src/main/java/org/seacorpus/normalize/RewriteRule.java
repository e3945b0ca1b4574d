package org.seacorpus.normalize;

/**
 * A rule that rewrites the whole text into a buffer and keeps the input instance when nothing changed; a cheap
 * first look ({@link #mayChange}) spares the copy for the usual text that needs nothing.
 */
abstract class RewriteRule implements NormalizationRule {
    private final String name;

    RewriteRule(String name) {
        this.name = name;
    }

    /** Writes the rewritten text to {@code out}; returns the number of changes. */
    abstract int rewrite(String text, StringBuilder out);

    /** A cheap look for anything to do; false means the text is certainly left as it is. */
    boolean mayChange(String text) {
        return true;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String apply(String text, RuleCounts counts) {
        if (!mayChange(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int changes = rewrite(text, out);
        if (changes == 0) {
            return text;
        }
        counts.add(name, changes);
        return out.toString();
    }
}
