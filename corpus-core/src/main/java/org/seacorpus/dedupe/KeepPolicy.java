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

    /**
     * A cluster member as the policy sees it.
     *
     * @param importedAt epoch milliseconds of its first import (the start of the run that first stored it)
     * @param sequence   its place in that run's walk ({@link org.seacorpus.document.FirstImport#sequence})
     * @param chars      code points of its text (may be 0 under {@link #FIRST}, which does not read it)
     * @param langScore  the language identifier's confidence (may be 0 unless {@link #BEST_QUALITY})
     */
    public record Candidate(String id, boolean rejected, long importedAt, long sequence, long chars,
                            double langScore) {
    }

    /** True when {@code candidate} should be kept rather than {@code best}; never true for equal members. */
    public boolean prefers(Candidate candidate, Candidate best) {
        if (candidate.rejected() != best.rejected()) {
            return !candidate.rejected();
        }
        int byPolicy = switch (this) {
            case FIRST -> 0;
            case LONGEST -> Long.compare(candidate.chars(), best.chars());
            case BEST_QUALITY -> candidate.langScore() != best.langScore()
                    ? Double.compare(candidate.langScore(), best.langScore())
                    : Long.compare(candidate.chars(), best.chars());
        };
        if (byPolicy != 0) {
            return byPolicy > 0;
        }
        if (candidate.importedAt() != best.importedAt()) {
            return candidate.importedAt() < best.importedAt();
        }
        if (candidate.sequence() != best.sequence()) {
            return candidate.sequence() < best.sequence();
        }
        return candidate.id().compareTo(best.id()) < 0;
    }

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
