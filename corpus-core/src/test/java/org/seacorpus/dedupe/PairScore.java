package org.seacorpus.dedupe;

import java.util.List;
import java.util.Objects;

/**
 * Pairwise precision, recall and F1 of a clustering against planted families: a pair of documents is predicted
 * when both are in one cluster, true when both are of one family.
 */
record PairScore(long truePositives, long falsePositives, long falseNegatives) {
    static PairScore of(List<PlantedCorpus.Doc> docs, CorpusMarks marks) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                String ci = marks.get(docs.get(i).name()).cluster();
                String cj = marks.get(docs.get(j).name()).cluster();
                boolean predicted = ci != null && Objects.equals(ci, cj);
                boolean actual = docs.get(i).family().equals(docs.get(j).family());
                if (predicted && actual) {
                    tp++;
                } else if (predicted) {
                    fp++;
                } else if (actual) {
                    fn++;
                }
            }
        }
        return new PairScore(tp, fp, fn);
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
        return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
