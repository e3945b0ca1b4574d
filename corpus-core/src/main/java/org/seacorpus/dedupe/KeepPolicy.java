package org.seacorpus.dedupe;

import java.util.Locale;

/**
 * Which member of a duplicate cluster stays {@code ok}; the others become {@code duplicate}. A rejected
 * document is never kept in place of one that is not rejected. Ties fall to the earlier first import (the run
 * that first stored the document, then its place in that run's walk), then to the smaller id, so the choice is
 * the same on every run. A re-import does not change when a document was first imported.
 */
public enum KeepPolicy {
    /** The original: the one imported first, whatever folder it came from and however often it was re-imported. */
    FIRST,
    /** The one with the most characters (the fullest copy). */
    LONGEST,
    /**
     * The one the language identifier was surest of, then the longest. Until the quality signals of the quality
     * issue exist this is the only quality evidence in the store.
     */
    BEST_QUALITY;

    public static KeepPolicy parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (v) {
            case "first" -> FIRST;
            case "longest" -> LONGEST;
            case "best-quality", "quality", "best" -> BEST_QUALITY;
            default -> throw new IllegalArgumentException("unknown keep policy '" + value
                    + "'; use first, longest or best-quality");
        };
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
