package org.seacorpus.dedupe;

import java.util.Locale;

/**
 * Which member of a duplicate cluster stays {@code ok}; the others become {@code duplicate}. A rejected
 * document is never kept in place of one that is not rejected. Ties fall to the earlier import, then to the
 * smaller id, so the choice is the same on every run.
 */
public enum KeepPolicy {
    /** The one imported first. */
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
     * @param importedAt epoch milliseconds of its import (one instant per import run)
     * @param chars      code points of its text
     * @param langScore  the language identifier's confidence
     */
    public record Candidate(String id, boolean rejected, long importedAt, long chars, double langScore) {
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
