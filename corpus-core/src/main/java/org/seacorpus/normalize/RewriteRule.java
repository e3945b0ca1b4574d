package org.seacorpus.normalize;

/**
 * A rule that rewrites the whole text into a buffer and keeps the input instance when nothing changed; a cheap
 * first look ({@link #mayChange}) spares the copy for the usual text that needs nothing. A building block for the
 * language packages: a subclass writes only {@link #rewrite} (and, where it pays, {@link #mayChange}); the
 * counting and the "same instance when unchanged" part of the {@link NormalizationRule} contract are done here.
 */
public abstract class RewriteRule implements NormalizationRule {
    private final String name;

    /** @param name the rule's name in the audit, e.g. {@code thai-sara-am} */
    protected RewriteRule(String name) {
        this.name = name;
    }

    /**
     * Writes the rewritten text to {@code out} (which starts empty) and returns the number of changes; 0 means
     * the text needs nothing, and {@code out} is then ignored.
     */
    protected abstract int rewrite(String text, StringBuilder out);

    /** A cheap look for anything to do; false means the text is certainly left as it is. */
    protected boolean mayChange(String text) {
        return true;
    }

    @Override
    public boolean leavesAlone(String text) {
        return !mayChange(text);
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
