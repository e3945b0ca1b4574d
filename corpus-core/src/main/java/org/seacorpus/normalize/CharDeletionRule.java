package org.seacorpus.normalize;

/**
 * A rule that deletes single UTF-16 units of one class (invisible characters); every class deleted this way lies
 * in the BMP. A building block: a subclass says only which characters go.
 */
public abstract class CharDeletionRule implements NormalizationRule {
    private final String name;

    /** @param name the rule's name in the audit, e.g. {@code soft-hyphen} */
    protected CharDeletionRule(String name) {
        this.name = name;
    }

    /** True for a character this rule removes. */
    protected abstract boolean delete(char c);

    @Override
    public boolean leavesAlone(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (delete(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String apply(String text, RuleCounts counts) {
        StringBuilder out = null;
        int removed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (delete(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                removed++;
            } else if (out != null) {
                out.append(c);
            }
        }
        counts.add(name, removed);
        return out == null ? text : out.toString();
    }
}
