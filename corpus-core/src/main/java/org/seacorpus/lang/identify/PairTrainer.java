package org.seacorpus.lang.identify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Trains a {@link PairModel}: L2-regularised logistic regression over the {@link PairFeatures} of labelled text of
 * two languages, by AdaGrad stochastic gradient descent (Duchi, Hazan and Singer 2011) with the classes weighted to
 * count equally, however uneven the amounts of text. Features found in fewer than {@code minCount} texts are left
 * out; so are weights that end up smaller than {@value #MIN_WEIGHT}. The marker-word log-odds of the pair is one
 * more feature whose coefficient is learnt with the others. Deterministic: the same texts give the same model.
 */
final class PairTrainer {
    static final double MIN_WEIGHT = 1e-3;

    private final String first;
    private final String second;
    private final ToDoubleFunction<CharSequence> markers;
    private double l2 = 1e-3;
    private int epochs = 15;
    private double rate = 0.2;
    private int minCount = 2;
    private int seeds = 1;
    private final List<String> texts = new ArrayList<>();
    private final List<Boolean> isSecond = new ArrayList<>();
    /** How much each text counts in the loss (1 unless {@link #add(String, String, double)} said otherwise). */
    private final List<Double> textWeights = new ArrayList<>();

    PairTrainer(String first, String second, ToDoubleFunction<CharSequence> markers) {
        this.first = first;
        this.second = second;
        this.markers = markers == null ? t -> 0.0 : markers;
    }

    PairTrainer l2(double value) {
        this.l2 = value;
        return this;
    }

    PairTrainer epochs(int value) {
        this.epochs = value;
        return this;
    }

    /**
     * Trains {@code value} models over different shuffles of the text and keeps the mean of their weights: the
     * answers of one run of stochastic gradient descent move by a sentence or two with the order of the text, the
     * mean much less (one linear model, so scoring costs the same).
     */
    PairTrainer seeds(int value) {
        this.seeds = Math.max(1, value);
        return this;
    }

    PairTrainer minCount(int value) {
        this.minCount = value;
        return this;
    }

    /** Adds a text of one of the two languages (others are ignored). */
    PairTrainer add(String label, String text) {
        return add(label, text, 1.0);
    }

    /**
     * Adds a text of one of the two languages that counts {@code weight} times in the loss (its gradient is scaled,
     * and the two classes are balanced by their summed weights): a source of a register the other language has
     * little of can be down-weighted without leaving out its words, which repeating or capping text cannot do.
     *
     * @throws IllegalArgumentException when the weight is not a positive finite number
     */
    PairTrainer add(String label, String text, double weight) {
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("text weight must be positive and finite, got " + weight + " for: "
                    + text);
        }
        if (label.equals(first) || label.equals(second)) {
            texts.add(text);
            isSecond.add(label.equals(second));
            textWeights.add(weight);
        }
        return this;
    }

    int size() {
        return texts.size();
    }

    PairModel train() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        List<Map<String, Integer>> bags = new ArrayList<>();
        for (String text : texts) {
            Map<String, Integer> bag = new HashMap<>();
            PairFeatures.extract(text, (order, feature) -> bag.merge(order + "\t" + feature, 1, Integer::sum));
            bag.keySet().forEach(f -> documentFrequency.merge(f, 1, Integer::sum));
            bags.add(bag);
        }
        List<String> names = new ArrayList<>();
        documentFrequency.entrySet().stream().filter(e -> e.getValue() >= minCount).map(Map.Entry::getKey)
                .sorted().forEach(f -> {
                    index.put(f, names.size());
                    names.add(f);
                });
        int n = texts.size();
        int[][] rows = new int[n][];
        float[][] values = new float[n][];
        double[] marker = new double[n];
        for (int i = 0; i < n; i++) {
            List<int[]> kept = new ArrayList<>();
            bags.get(i).forEach((f, c) -> {
                Integer j = index.get(f);
                if (j != null) {
                    kept.add(new int[] {j, c});
                }
            });
            kept.sort((a, b) -> Integer.compare(a[0], b[0]));
            rows[i] = kept.stream().mapToInt(a -> a[0]).toArray();
            values[i] = new float[kept.size()];
            for (int k = 0; k < kept.size(); k++) {
                values[i][k] = kept.get(k)[1];
            }
            marker[i] = markers.applyAsDouble(texts.get(i));
        }
        double[] textWeight = new double[n];
        double total = 0;
        double positives = 0;
        for (int i = 0; i < n; i++) {
            textWeight[i] = textWeights.get(i);
            total += textWeight[i];
            positives += isSecond.get(i) ? textWeight[i] : 0;
        }
        double weightSecond = total / (2.0 * Math.max(1, positives));
        double weightFirst = total / (2.0 * Math.max(1, total - positives));

        int features = names.size();
        int bias = features;
        int mark = features + 1;
        double[] mean = new double[features + 2];        // features, then bias, then marker coefficient
        for (int seed = 0; seed < seeds; seed++) {
            double[] w = descend(n, features, rows, values, marker, textWeight, weightFirst, weightSecond, seed);
            for (int j = 0; j < w.length; j++) {
                mean[j] += w[j] / seeds;
            }
        }
        Map<String, Double> kept = new HashMap<>();
        for (int j = 0; j < features; j++) {
            if (Math.abs(mean[j]) >= MIN_WEIGHT) {
                kept.put(names.get(j), mean[j]);
            }
        }
        return new PairModel(first, second, mean[bias], mean[mark], kept, markers);
    }

    /** One run of AdaGrad over the texts in an order shuffled by {@code seed}; returns the weights. */
    private double[] descend(int n, int features, int[][] rows, float[][] values, double[] marker,
                             double[] textWeight, double weightFirst, double weightSecond, int seed) {
        double[] w = new double[features + 2];
        double[] g2 = new double[features + 2];
        int bias = features;
        int mark = features + 1;
        Random random = new Random(20_240_611L + seed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i : order) {
                double z = w[bias] + w[mark] * marker[i];
                for (int k = 0; k < rows[i].length; k++) {
                    z += w[rows[i][k]] * values[i][k];
                }
                double y = isSecond.get(i) ? 1.0 : 0.0;
                double g = (sigmoid(z) - y) * (y == 1.0 ? weightSecond : weightFirst) * textWeight[i];
                update(w, g2, bias, g, 0);
                update(w, g2, mark, g * marker[i], l2);
                for (int k = 0; k < rows[i].length; k++) {
                    update(w, g2, rows[i][k], g * values[i][k], l2);
                }
            }
        }
        return w;
    }

    private void update(double[] w, double[] g2, int j, double gradient, double decay) {
        double g = gradient + decay * w[j];
        g2[j] += g * g;
        if (g2[j] > 0) {
            w[j] -= rate * g / Math.sqrt(g2[j]);
        }
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
