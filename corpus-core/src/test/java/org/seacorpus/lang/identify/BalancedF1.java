package org.seacorpus.lang.identify;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * F1 of Indonesian and Malay with each sentence weighted, for sets whose languages are uneven: weighting each
 * sentence by 1 / its language's count gives the F1 a set with as many sentences of each language would give
 * (the same answers, each language counting equally). Used by the measurements, never to choose a threshold.
 */
final class BalancedF1 {
    private BalancedF1() {
    }

    /** F1 of id and ms with every language weighted to count equally (each sentence 1 / its language's count). */
    static double[] equalWeights(List<LabelledText> samples, List<Identification> answers) {
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        samples.forEach(t -> count.merge(t.label(), 1, Integer::sum));
        return f1(samples, answers, t -> 1.0 / count.get(t.label()));
    }

    static double[] f1(List<LabelledText> samples, List<Identification> answers, Function<LabelledText, Double> w) {
        Set<Integer> all = new HashSet<>();
        for (int i = 0; i < samples.size(); i++) {
            all.add(i);
        }
        return f1(samples, answers, w, all);
    }

    /** Weighted F1 of id and ms over the samples in {@code kept}: a sentence counts its weight in tp, fp or fn. */
    static double[] f1(List<LabelledText> samples, List<Identification> answers, Function<LabelledText, Double> w,
                       Set<Integer> kept) {
        double[] out = new double[2];
        String[] langs = {"id", "ms"};
        for (int k = 0; k < 2; k++) {
            double tp = 0;
            double fp = 0;
            double fn = 0;
            for (int i : kept) {
                LabelledText t = samples.get(i);
                String got = answers.get(i).lang();
                double weight = w.apply(t);
                if (t.label().equals(langs[k]) && got.equals(langs[k])) {
                    tp += weight;
                } else if (got.equals(langs[k])) {
                    fp += weight;
                } else if (t.label().equals(langs[k])) {
                    fn += weight;
                }
            }
            out[k] = tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn);
        }
        return out;
    }
}
