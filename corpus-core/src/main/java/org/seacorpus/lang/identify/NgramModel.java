package org.seacorpus.lang.identify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A naive-Bayes language model over character n-grams and words ({@link NgramFeatures}): for each label (a language
 * code) the counts of every feature seen in its training text.
 *
 * <p>Scoring: for each feature order separately, P(g | L) = (c(g, L) + α) / (T(L) + α(V + 1)) with T(L) the
 * label's total count of that order and V the number of distinct features of that order (additive smoothing);
 * features that no label has seen are skipped, so they favour nobody. The log-likelihoods of all features are
 * summed, and the posterior over labels (uniform prior) is a softmax of the sums divided by the model's
 * temperature: the features overlap (each letter is in up to six of them), and dividing by roughly that factor
 * keeps the posterior from being certain on a few words. Source: the multinomial naive-Bayes classifier
 * (McCallum and Nigam 1998) over Cavnar–Trenkle n-grams; additive smoothing as in Chen and Goodman (1998).
 *
 * <p>Immutable and thread-safe. Build one with {@link NgramModelTrainer}; store and load it with
 * {@link NgramModelFormat}.
 */
public final class NgramModel {
    private final List<String> labels;
    private final List<String> scripts;
    private final int maxOrder;
    private final double alpha;
    private final double temperature;
    private final List<Map<String, int[]>> counts;
    private final long[][] totals;
    private final double[][] logDenominator;
    private final double[][] logUnseen;

    /**
     * @param labels      language codes, in the column order of the counts
     * @param scripts     the ISO 15924 script of each label's training text
     * @param maxOrder    longest n-gram
     * @param alpha       additive smoothing constant
     * @param temperature divisor of the summed log-likelihoods before the softmax
     * @param counts      per order (0 = words, 1…maxOrder), feature → count per label
     * @param totals      per order, the total count per label (including features pruned from {@code counts})
     */
    public NgramModel(List<String> labels, List<String> scripts, int maxOrder, double alpha, double temperature,
                      List<Map<String, int[]>> counts, long[][] totals) {
        this.labels = List.copyOf(labels);
        this.scripts = List.copyOf(scripts);
        if (labels.isEmpty() || scripts.size() != labels.size()) {
            throw new IllegalArgumentException("a model needs one script per label, got labels " + labels
                    + " and scripts " + scripts);
        }
        if (counts.size() != maxOrder + 1 || totals.length != maxOrder + 1) {
            throw new IllegalArgumentException("a model of order " + maxOrder + " needs " + (maxOrder + 1)
                    + " count tables");
        }
        this.maxOrder = maxOrder;
        this.alpha = alpha;
        this.temperature = temperature;
        this.counts = List.copyOf(counts);
        this.totals = totals;
        this.logDenominator = new double[maxOrder + 1][labels.size()];
        this.logUnseen = new double[maxOrder + 1][labels.size()];
        for (int order = 0; order <= maxOrder; order++) {
            int vocabulary = counts.get(order).size();
            for (int l = 0; l < labels.size(); l++) {
                logDenominator[order][l] = Math.log(totals[order][l] + alpha * (vocabulary + 1));
                logUnseen[order][l] = Math.log(alpha) - logDenominator[order][l];
            }
        }
    }

    /** Summed log-likelihood per label, and how many known features contributed. */
    public record Evidence(double[] logLikelihood, int features) {
    }

    /** A label with its posterior probability. */
    public record Scored(String label, double probability) {
    }

    public Evidence evidence(CharSequence text) {
        double[] sums = new double[labels.size()];
        int[] used = new int[1];
        NgramFeatures.extract(text, maxOrder, (order, gram) -> {
            int[] c = counts.get(order).get(gram);
            if (c == null) {
                return;
            }
            used[0]++;
            for (int l = 0; l < sums.length; l++) {
                sums[l] += c[l] == 0 ? logUnseen[order][l] : Math.log(c[l] + alpha) - logDenominator[order][l];
            }
        });
        return new Evidence(sums, used[0]);
    }

    /** Posterior probability of every label, best first; empty when the text has no known feature. */
    public List<Scored> rank(CharSequence text) {
        return rank(evidence(text));
    }

    public List<Scored> rank(Evidence evidence) {
        if (evidence.features() == 0) {
            return List.of();
        }
        double[] p = softmax(evidence.logLikelihood(), 1.0 / temperature);
        List<Scored> out = new ArrayList<>(labels.size());
        for (int l = 0; l < p.length; l++) {
            out.add(new Scored(labels.get(l), p[l]));
        }
        out.sort(Comparator.comparingDouble(Scored::probability).reversed());
        return out;
    }

    static double[] softmax(double[] logs, double scale) {
        double max = Arrays.stream(logs).max().orElse(0);
        double[] p = new double[logs.length];
        double sum = 0;
        for (int i = 0; i < logs.length; i++) {
            p[i] = Math.exp((logs[i] - max) * scale);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    public List<String> labels() {
        return labels;
    }

    public List<String> scripts() {
        return scripts;
    }

    /** The script of a label's training text, e.g. {@code Latn}; null for an unknown label. */
    public String scriptOf(String label) {
        int i = labels.indexOf(label);
        return i < 0 ? null : scripts.get(i);
    }

    public int maxOrder() {
        return maxOrder;
    }

    public double alpha() {
        return alpha;
    }

    public double temperature() {
        return temperature;
    }

    /** Feature counts of one order: feature → count per label (read-only view for the file writer). */
    Map<String, int[]> counts(int order) {
        return counts.get(order);
    }

    long total(int order, int label) {
        return totals[order][label];
    }

    /** Number of distinct features over all orders. */
    public int size() {
        return counts.stream().mapToInt(Map::size).sum();
    }

    @Override
    public String toString() {
        return "NgramModel" + labels + " order " + maxOrder + ", " + size() + " features";
    }
}
