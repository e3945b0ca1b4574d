package org.seacorpus.stats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.search.Query;

/**
 * Keywords: the words whose frequency in a focus subcorpus differs most from a reference subcorpus. For a word
 * with frequency a in the focus (N1 words) and b in the reference (N2 words):
 * <ul>
 *   <li>log-likelihood (Rayson and Garside 2000, after Dunning 1993): E1 = N1 (a + b) / (N1 + N2),
 *       E2 = N2 (a + b) / (N1 + N2), G² = 2 (a ln(a / E1) + b ln(b / E2)); signed here, negative when the word
 *       is relatively more frequent in the reference. |G²| above 3.84 means p &lt; 0.05, 6.63 p &lt; 0.01,
 *       10.83 p &lt; 0.001, 15.13 p &lt; 0.0001 (one degree of freedom).</li>
 *   <li>simple maths (Kilgarriff 2009, as in Sketch Engine): (fpm1 + k) / (fpm2 + k), with fpm the frequency per
 *       million words and k a smoothing constant (default 1; a larger k favours commoner words).</li>
 * </ul>
 * Positive keywords are more frequent in the focus, negative ones in the reference.
 */
public final class KeynessCalculator {
    /** What keywords are ranked by. */
    public enum Measure {
        LL, SIMPLE;

        public static Measure parse(String name) {
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "ll", "log-likelihood", "loglikelihood" -> LL;
                case "simple", "simple-maths", "sm" -> SIMPLE;
                default -> throw new IllegalArgumentException("unknown keyness measure '" + name
                        + "'; use ll or simple");
            };
        }

        double of(Keyword k) {
            return this == LL ? k.logLikelihood() : k.simpleMaths();
        }
    }

    private final FrequencyCounter counter;

    public KeynessCalculator(SubcorpusScanner scanner) {
        this.counter = new FrequencyCounter(scanner);
    }

    /**
     * @param min a positive keyword occurs at least this often in the focus, a negative one in the reference
     */
    public KeynessResult compare(Query focus, Query reference, Measure measure, double smoothing, long min, int top)
            throws IOException {
        if (smoothing <= 0) {
            throw new IllegalArgumentException("the smoothing constant must be above 0, not " + smoothing);
        }
        FrequencyTally f = counter.tally(focus).tally;
        FrequencyTally r = counter.tally(reference).tally;
        Set<String> vocabulary = new HashSet<>(f.counts.keySet());
        vocabulary.addAll(r.counts.keySet());
        List<Keyword> positive = new ArrayList<>();
        List<Keyword> negative = new ArrayList<>();
        for (String word : vocabulary) {
            Keyword k = keyword(word, f.frequency(word), f.tokens, r.frequency(word), r.tokens, smoothing);
            if (k.focusPerMillion() > k.referencePerMillion() && k.focusFrequency() >= min) {
                positive.add(k);
            } else if (k.focusPerMillion() < k.referencePerMillion() && k.referenceFrequency() >= min) {
                negative.add(k);
            }
        }
        WrittenForms written = new WrittenForms();
        written.merge(f.written);
        written.merge(r.written);
        return result(f.tokens, f.documents, r.tokens, r.documents, measure, smoothing, top, positive, negative,
                k -> written.shown(k.form(), k.focusFrequency() + k.referenceFrequency()));
    }

    /**
     * The strongest {@code top} keywords each way (ties by folded form), each shown as {@code written} says.
     */
    static KeynessResult result(long focusTokens, long focusDocuments, long referenceTokens, long referenceDocuments,
                                Measure measure, double smoothing, int top, List<Keyword> positive,
                                List<Keyword> negative, java.util.function.Function<Keyword, String> written) {
        positive.sort(Comparator.comparingDouble(measure::of).reversed().thenComparing(Keyword::form));
        negative.sort(Comparator.comparingDouble(measure::of).thenComparing(Keyword::form));
        return new KeynessResult(focusTokens, focusDocuments, referenceTokens, referenceDocuments, measure,
                smoothing, shown(positive, top, written), shown(negative, top, written));
    }

    private static List<Keyword> shown(List<Keyword> sorted, int top,
                                       java.util.function.Function<Keyword, String> written) {
        List<Keyword> out = new ArrayList<>();
        for (Keyword k : sorted.subList(0, Math.min(top, sorted.size()))) {
            out.add(k.writtenAs(written.apply(k)));
        }
        return List.copyOf(out);
    }

    static Keyword keyword(String word, long a, long n1, long b, long n2, double k) {
        double fpm1 = FrequencyTally.perMillion(a, n1);
        double fpm2 = FrequencyTally.perMillion(b, n2);
        double e1 = n1 + n2 == 0 ? 0 : (double) n1 * (a + b) / (n1 + n2);
        double e2 = n1 + n2 == 0 ? 0 : (double) n2 * (a + b) / (n1 + n2);
        double g2 = 2 * (AssociationMeasure.term(a, e1) + AssociationMeasure.term(b, e2));
        return new Keyword(word, a, b, fpm1, fpm2, fpm1 < fpm2 ? -g2 : g2, (fpm1 + k) / (fpm2 + k));
    }
}
