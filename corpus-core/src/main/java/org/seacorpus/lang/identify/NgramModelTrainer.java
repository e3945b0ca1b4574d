package org.seacorpus.lang.identify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.seacorpus.lang.ScriptDetector;

/**
 * Builds an {@link NgramModel} from labelled text: counts every feature ({@link NgramFeatures}) per label, notes
 * the script each label is written in, and prunes features seen fewer than {@code minCount} times over all labels
 * (rare n-grams are mostly names and typos, and they make the model file large). Totals keep the pruned counts so
 * that the probabilities of the kept features stay honest.
 *
 * <p>Not thread-safe: feed it from one thread, then call {@link #build()}. The result does not depend on the
 * order in which samples were added.
 */
public final class NgramModelTrainer {
    public static final int DEFAULT_MAX_ORDER = 5;
    public static final double DEFAULT_ALPHA = 0.5;
    public static final double DEFAULT_TEMPERATURE = 8.0;
    public static final int DEFAULT_MIN_COUNT = 2;

    private final int maxOrder;
    private final double alpha;
    private final double temperature;
    private final int minCount;
    private final Map<String, List<Map<String, Integer>>> countsByLabel = new TreeMap<>();
    private final Map<String, Map<String, Long>> scriptLetters = new HashMap<>();
    /** Per label and order, count mass of added models' features that were pruned before they came here. */
    private final Map<String, long[]> extraTotals = new HashMap<>();
    private final ScriptDetector scripts = new ScriptDetector();

    public NgramModelTrainer() {
        this(DEFAULT_MAX_ORDER, DEFAULT_ALPHA, DEFAULT_TEMPERATURE, DEFAULT_MIN_COUNT);
    }

    public NgramModelTrainer(int maxOrder, double alpha, double temperature, int minCount) {
        if (maxOrder < 1 || maxOrder > 8) {
            throw new IllegalArgumentException("n-gram order must be 1..8, got " + maxOrder);
        }
        if (alpha <= 0 || temperature <= 0 || minCount < 1) {
            throw new IllegalArgumentException("alpha and temperature must be positive and min count at least 1");
        }
        this.maxOrder = maxOrder;
        this.alpha = alpha;
        this.temperature = temperature;
        this.minCount = minCount;
    }

    /** Adds one labelled text. Labels are language codes such as {@code ms} or {@code min}. */
    public NgramModelTrainer add(String label, CharSequence text) {
        if (label == null || !label.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new IllegalArgumentException("a training label must be a language code such as 'ms' or 'min', "
                    + "got '" + label + "'");
        }
        List<Map<String, Integer>> tables = countsByLabel.computeIfAbsent(label, l -> newTables());
        NgramFeatures.extract(text, maxOrder, (order, gram) -> tables.get(order).merge(gram, 1, Integer::sum));
        Map<String, Long> letters = scriptLetters.computeIfAbsent(label, l -> new HashMap<>());
        scripts.detect(text).counts().forEach((script, n) -> letters.merge(script, n, Long::sum));
        return this;
    }

    /**
     * Adds the counts of a model (read with {@link NgramModelFormat#readCounts}), e.g. the shipped one, so that a
     * model trained on new text also knows everything the other knew; its counts pruned before stay pruned, but
     * their mass stays in the totals. The model must be of this trainer's order.
     */
    public NgramModelTrainer addCounts(NgramModel model) {
        if (model.maxOrder() != maxOrder) {
            throw new IllegalArgumentException("cannot add a model of n-gram order " + model.maxOrder()
                    + " to a training of order " + maxOrder + "; train with --order " + model.maxOrder());
        }
        List<String> labels = model.labels();
        for (int l = 0; l < labels.size(); l++) {
            String label = labels.get(l);
            List<Map<String, Integer>> tables = countsByLabel.computeIfAbsent(label, x -> newTables());
            long[] extra = extraTotals.computeIfAbsent(label, x -> new long[maxOrder + 1]);
            for (int order = 0; order <= maxOrder; order++) {
                long kept = 0;
                for (Map.Entry<String, int[]> e : model.counts(order).entrySet()) {
                    int c = e.getValue()[l];
                    if (c > 0) {
                        tables.get(order).merge(e.getKey(), c, Integer::sum);
                        kept += c;
                    }
                }
                extra[order] += model.total(order, l) - kept;
            }
            scriptLetters.computeIfAbsent(label, x -> new HashMap<>()).merge(model.scripts().get(l),
                    model.total(NgramFeatures.WORD, l), Long::sum);
        }
        return this;
    }

    public NgramModelTrainer addAll(Iterable<LabelledText> samples) {
        for (LabelledText sample : samples) {
            add(sample.label(), sample.text());
        }
        return this;
    }

    /** The labels seen so far with the number of word features (≈ words) of each. */
    public Map<String, Long> wordsByLabel() {
        Map<String, Long> out = new LinkedHashMap<>();
        countsByLabel.forEach((label, tables) -> out.put(label,
                tables.get(NgramFeatures.WORD).values().stream().mapToLong(Integer::longValue).sum()));
        return out;
    }

    public NgramModel build() {
        if (countsByLabel.size() < 1) {
            throw new IllegalStateException("no training text was given: a model needs at least one label");
        }
        List<String> labels = new ArrayList<>(countsByLabel.keySet());
        List<String> labelScripts = labels.stream().map(this::mainScript).toList();
        List<Map<String, int[]>> counts = new ArrayList<>();
        long[][] totals = new long[maxOrder + 1][labels.size()];
        for (int order = 0; order <= maxOrder; order++) {
            Map<String, int[]> merged = new HashMap<>();
            for (int l = 0; l < labels.size(); l++) {
                for (Map.Entry<String, Integer> e : countsByLabel.get(labels.get(l)).get(order).entrySet()) {
                    merged.computeIfAbsent(e.getKey(), g -> new int[labels.size()])[l] += e.getValue();
                    totals[order][l] += e.getValue();
                }
                long[] extra = extraTotals.get(labels.get(l));
                totals[order][l] += extra == null ? 0 : extra[order];
            }
            merged.values().removeIf(c -> sum(c) < minCount);
            counts.add(merged);
        }
        return new NgramModel(labels, labelScripts, maxOrder, alpha, temperature, counts, totals);
    }

    private String mainScript(String label) {
        return scriptLetters.getOrDefault(label, Map.of()).entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(ScriptDetector.Result.NONE);
    }

    private List<Map<String, Integer>> newTables() {
        List<Map<String, Integer>> tables = new ArrayList<>();
        for (int order = 0; order <= maxOrder; order++) {
            tables.add(new HashMap<>());
        }
        return tables;
    }

    private static long sum(int[] c) {
        long s = 0;
        for (int v : c) {
            s += v;
        }
        return s;
    }
}
