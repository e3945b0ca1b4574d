package org.seacorpus.lang.identify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Precision, recall and F1 per language, and the confusion pairs, of an identifier on labelled text (the
 * development set, or any TSV/JSONL a user labels).
 *
 * @param perLanguage statistics per gold or predicted language
 * @param confusion   gold → predicted → count, for the wrong answers only
 * @param total       samples
 * @param correct     samples answered with their gold language
 */
public record LangidEvaluation(Map<String, Stats> perLanguage, Map<String, Map<String, Integer>> confusion,
                               int total, int correct) {

    /** Counts of one language: true positives, false positives, false negatives. */
    public record Stats(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0.0 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0.0 : tp / (double) (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        public int support() {
            return tp + fn;
        }
    }

    /** Runs {@code identify} (text → predicted language) on every sample. */
    public static LangidEvaluation of(List<LabelledText> samples, Function<String, String> identify) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        int correct = 0;
        for (LabelledText sample : samples) {
            String predicted = identify.apply(sample.text());
            if (predicted.equals(sample.label())) {
                counts.computeIfAbsent(predicted, k -> new int[3])[0]++;
                correct++;
            } else {
                counts.computeIfAbsent(predicted, k -> new int[3])[1]++;
                counts.computeIfAbsent(sample.label(), k -> new int[3])[2]++;
                confusion.computeIfAbsent(sample.label(), k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
            }
        }
        Map<String, Stats> stats = new TreeMap<>();
        counts.forEach((lang, c) -> stats.put(lang, new Stats(c[0], c[1], c[2])));
        return new LangidEvaluation(stats, confusion, samples.size(), correct);
    }

    public double accuracy() {
        return total == 0 ? 0.0 : correct / (double) total;
    }

    /** Mean F1 over the languages that occur as gold labels. */
    public double macroF1() {
        return perLanguage.values().stream().filter(s -> s.support() > 0).mapToDouble(Stats::f1).average()
                .orElse(0.0);
    }

    public Stats of(String lang) {
        return perLanguage.getOrDefault(lang, new Stats(0, 0, 0));
    }

    /** The wrong answers, most frequent first, as "gold → predicted: n". */
    public List<String> confusionPairs() {
        List<Object[]> pairs = new ArrayList<>();
        confusion.forEach((gold, row) -> row.forEach((pred, n) -> pairs.add(new Object[] {gold, pred, n})));
        pairs.sort((a, b) -> Integer.compare((Integer) b[2], (Integer) a[2]));
        return pairs.stream().map(p -> p[0] + " → " + p[1] + ": " + p[2]).toList();
    }

    /** A fixed-width table: language, support, precision, recall, F1; then accuracy, macro-F1 and confusions. */
    public String report() {
        StringBuilder out = new StringBuilder(String.format("%-5s %7s %9s %7s %7s%n", "lang", "support",
                "precision", "recall", "F1"));
        perLanguage.forEach((lang, s) -> out.append(String.format("%-5s %7d %9.3f %7.3f %7.3f%n", lang,
                s.support(), s.precision(), s.recall(), s.f1())));
        out.append(String.format("accuracy %.4f (%d/%d), macro-F1 %.4f%n", accuracy(), correct, total, macroF1()));
        List<String> pairs = confusionPairs();
        out.append("confusions: ").append(pairs.isEmpty() ? "none" : String.join(", ", pairs)).append('\n');
        return out.toString();
    }
}
