package org.seacorpus.stats;

import java.util.Locale;

/**
 * Scores of how strongly a collocate is attracted to a node word, from the contingency table of surface
 * co-occurrence (Evert 2008, "Corpora and collocations"): of the N words of the subcorpus, R1 lie in the window
 * around the node's occurrences; the collocate occurs C1 times in all, O11 of them in the window.
 * The expected count in the window is E11 = R1 · C1 / N.
 * <ul>
 *   <li>{@code logdice} = 14 + log2(2 · O11 / (f(node) + f(collocate))) — Rychlý 2008; at most 14, comparable
 *       across corpora of any size, not inflated for rare words</li>
 *   <li>{@code mi} = log2(O11 / E11) — pointwise mutual information (Church and Hanks 1990); favours rare pairs</li>
 *   <li>{@code mi3} = log2(O11³ / E11) — Oakes 1998's cubed MI, which tempers that bias</li>
 *   <li>{@code tscore} = (O11 − E11) / √O11 — favours frequent pairs</li>
 *   <li>{@code ll} = ±2 Σ O·ln(O / E) over the four cells — Dunning 1993's log-likelihood (G²), signed: negative
 *       when the collocate is rarer in the window than expected (repulsion)</li>
 * </ul>
 */
public enum AssociationMeasure {
    LOGDICE, MI, MI3, TSCORE, LL;

    /** The contingency table of one collocate. */
    public record Table(long o11, long r1, long c1, long n, long nodeFrequency) {
        public double expected() {
            return n == 0 ? 0 : (double) r1 * c1 / n;
        }
    }

    public double score(Table t) {
        double e11 = t.expected();
        return switch (this) {
            case LOGDICE -> 14 + log2(2.0 * t.o11() / (t.nodeFrequency() + t.c1()));
            case MI -> log2(t.o11() / e11);
            case MI3 -> log2(Math.pow(t.o11(), 3) / e11);
            case TSCORE -> (t.o11() - e11) / Math.sqrt(t.o11());
            case LL -> logLikelihood(t);
        };
    }

    private static double logLikelihood(Table t) {
        long o12 = t.r1() - t.o11();
        long o21 = t.c1() - t.o11();
        long o22 = t.n() - t.r1() - t.c1() + t.o11();
        double n = t.n();
        double rest = n - t.r1();
        double other = n - t.c1();
        double g2 = 2 * (term(t.o11(), t.r1() * (double) t.c1() / n) + term(o12, t.r1() * other / n)
                + term(o21, rest * t.c1() / n) + term(o22, rest * other / n));
        return t.o11() < t.expected() ? -g2 : g2;
    }

    /** O · ln(O / E), with 0 · ln 0 = 0. */
    static double term(double observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AssociationMeasure parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown measure '" + name + "'; use logdice, mi, mi3, tscore or ll");
        }
    }
}
