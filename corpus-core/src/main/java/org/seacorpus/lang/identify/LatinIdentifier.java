package org.seacorpus.lang.identify;

import java.util.Arrays;
import java.util.List;

import org.seacorpus.lang.MarkerWords;

/**
 * Ranks the Latin-script languages for one text (a language module that recognises its own letters, Vietnamese,
 * has claimed the text before this is asked): by our n-gram model ({@link NgramModel}), then, for a close pair
 * with a trained pair model (Indonesian/Malay, {@link PairModel}), by splitting the probability the pair shares by
 * the pair model's log-odds plus the n-gram model's own log-ratio of the two ({@link #NGRAM_SHARE}); pairs with
 * marker words but no pair model are moved by their marker words ({@link MarkerWords}).
 *
 * <p>Lingua, which sessions 1 to 11 asked about contests among id/ms/fil/en/vi, is no longer part of the decision:
 * on the five development parts it changed no Filipino, English or Vietnamese answer and 4 of 1,460 Indonesian
 * and Malay ones, at half the process's CPU (docs/langid.md, "Lingua no longer asked", "Lingua removed").
 * Thread-safe.
 */
final class LatinIdentifier {
    static final String LATIN = "Latn";

    /**
     * How much the n-gram model's own split of a close pair counts beside the pair model's log-odds (a product of
     * the two experts; 1 was best of 0, 0.5, 1 and 2 on the development sets, docs/langid.md).
     */
    static final double NGRAM_SHARE = 1.0;

    /**
     * The most the n-gram model's own split of a close pair may move the pair model's log-odds, in nats either way.
     * The n-gram model's log-ratio of Indonesian and Malay grows with the length of the text (it counts every
     * n-gram as independent evidence, and learnt the pair from a few hundred sentences of our own), and on long
     * news lines it overrode a pair model that was right by 6 to 19 nats; bounded, it still decides the short lines
     * the pair model has little to say about. Of 1, 1.5, 2, 2.5, 3, 4 and unbounded, 1.5 and 2 answered the most
     * id/ms sentences of the four development parts right (1 302 and 1 301 of 1 382, unbounded 1 291), 2 with the
     * lower log-loss (docs/langid.md, "The n-gram model's say bounded").
     */
    static final double NGRAM_BOUND = 2.0;

    /**
     * The factor on a close pair's log-odds in the score reported ({@link #calibrated}): the one of lowest split
     * log-loss on the five id/ms development parts, each part counting equally (0.54; pooled, the shared folder's
     * part of 982 sentences outweighs the register parts and gave 0.65, which left the Malaysian news and
     * encyclopedic part over-confident: its own fit is 0.36). 0.5 before the n-gram model's say was bounded; 1 would
     * leave the scores as the experts give them (docs/langid.md, "The id/ms split tempered per part").
     */
    static final double PAIR_CALIBRATION = 0.54;

    private final NgramModel model;
    private final double markerWeight;
    private final List<MarkerWords> markers;
    private final List<PairModel> pairs;
    private final List<MarkerWords> markersWithoutPairModel;
    private final String[] labels;
    private final boolean[] latinLabel;
    /** The label index of each pair model's first and second language (−1 when the model has no such label). */
    private final int[] pairFirst;
    private final int[] pairSecond;
    /** The same for {@link #markersWithoutPairModel}. */
    private final int[] markerFirst;
    private final int[] markerSecond;

    /**
     * @param markerWeight weight of the marker words; 0 leaves them (and the pair models) out
     * @param markers      the marker-word pairs of the language modules
     * @param pairs        trained models of close pairs, which replace the marker words of their pair
     */
    LatinIdentifier(NgramModel model, double markerWeight, List<MarkerWords> markers, List<PairModel> pairs) {
        this.model = markerWeight <= 0 ? model.withWords(List.of())
                : LangidModels.knowingShippedPairWords(model, pairs)
                        .orElseGet(() -> knowingPairWords(model, pairs));
        this.markerWeight = markerWeight;
        this.markers = List.copyOf(markers);
        List<PairModel> withMarkers = new java.util.ArrayList<>();
        for (PairModel pair : pairs) {
            MarkerWords words = markers.stream()
                    .filter(m -> m.first().equals(pair.first()) && m.second().equals(pair.second()))
                    .findFirst().orElse(null);
            withMarkers.add(words == null ? pair : pair.withMarkers(words));
        }
        this.pairs = List.copyOf(withMarkers);
        this.markersWithoutPairModel = this.markers.stream().filter(m -> !hasPairModel(m)).toList();
        this.labels = model.labels().toArray(String[]::new);
        this.latinLabel = new boolean[labels.length];
        for (int l = 0; l < labels.length; l++) {
            latinLabel[l] = LATIN.equals(model.scripts().get(l));
        }
        this.pairFirst = new int[this.pairs.size()];
        this.pairSecond = new int[this.pairs.size()];
        for (int i = 0; i < this.pairs.size(); i++) {
            pairFirst[i] = labelIndex(this.pairs.get(i).first());
            pairSecond[i] = labelIndex(this.pairs.get(i).second());
        }
        this.markerFirst = new int[markersWithoutPairModel.size()];
        this.markerSecond = new int[markersWithoutPairModel.size()];
        for (int i = 0; i < markersWithoutPairModel.size(); i++) {
            markerFirst[i] = labelIndex(markersWithoutPairModel.get(i).first());
            markerSecond[i] = labelIndex(markersWithoutPairModel.get(i).second());
        }
    }

    /** The index of a label, −1 when the model has none of that name (the first of equal names). */
    private int labelIndex(String label) {
        for (int l = 0; l < labels.length; l++) {
            if (labels[l].equals(label)) {
                return l;
            }
        }
        return -1;
    }

    /**
     * The model knowing the pair models' words whole ({@link NgramModel#withWords}), in sorted order: what this
     * identifier scores with. For the shipped models the build stores the result ({@link ModelImage}).
     */
    static NgramModel knowingPairWords(NgramModel model, List<PairModel> pairs) {
        java.util.Set<String> pairWords = new java.util.TreeSet<>();
        pairs.forEach(p -> pairWords.addAll(p.words()));
        return model.withWords(pairWords);
    }

    /** Candidates best first with probabilities summing to at most 1; empty when nothing is known of the text. */
    List<Identification.Candidate> rank(CharSequence text) {
        return rank(text, null, null);
    }

    /**
     * {@link #rank(CharSequence)}, with the n-gram model's evidence for {@code text} taken from {@code given} when it
     * is not null (the caller vouches that it is what the model gives for the text), and kept in {@code kept} when
     * that is not null.
     */
    List<Identification.Candidate> rank(CharSequence text, ModelEvidence given, ModelEvidence kept) {
        Ranking ranking = rankByModel(text, given, kept);
        if (ranking == null) {
            return List.of();
        }
        double[] odds = new double[pairs.size()];
        Arrays.fill(odds, Double.NaN);
        refinePairs(text, ranking, odds);
        calibrated(ranking, odds);
        return ranking.candidates(labels);
    }

    /**
     * The Latin-script labels' probabilities, by label index ({@code score}), and their order best first
     * ({@code order}, {@code n} of them): the candidate list as primitive arrays, worked on in place by the splits
     * below and turned into candidates once, when the answer is made. Each step gives the very doubles and order the
     * same step gave on a list of candidates.
     */
    private static final class Ranking {
        final double[] score;
        final int[] order;
        final int n;

        Ranking(double[] score, int[] order, int n) {
            this.score = score;
            this.order = order;
            this.n = n;
        }

        int best() {
            return order[0];
        }

        /** The probability of label {@code l} among the candidates, 0 when it is not one ({@code l} −1 included). */
        double of(int l, boolean[] candidate) {
            return l >= 0 && candidate[l] ? score[l] : 0;
        }

        List<Identification.Candidate> candidates(String[] labels) {
            Identification.Candidate[] out = new Identification.Candidate[n];
            for (int i = 0; i < n; i++) {
                out[i] = new Identification.Candidate(labels[order[i]], score[order[i]]);
            }
            return List.of(out);
        }
    }

    /**
     * The answer with each refined close pair's split tempered by {@value #PAIR_CALIBRATION}: the same language
     * wins, with a score that means what it says. The experts' summed log-odds are over-confident (the n-gram
     * model counts correlated n-grams as independent evidence, and the pair model and the n-gram model learnt
     * from partly the same text): on the three development sets, Indonesian/Malay answers scored ≥ 0.99 were
     * wrong 7 times in 1,007, and the log-loss of the split was lowest with the log-odds halved (docs/langid.md,
     * "Calibration of the id/ms answers"). Applied after the decision, so which language wins does not change.
     */
    private void calibrated(Ranking ranking, double[] odds) {
        for (int i = 0; i < pairs.size(); i++) {
            if (!Double.isNaN(odds[i])) { // a pair not refined keeps the n-gram model's own split
                resplit(ranking, pairFirst[i], pairSecond[i], true, 0);
            }
        }
    }

    /** The model this identifier scores with (knowing the pair models' words). */
    NgramModel model() {
        return model;
    }

    /** The pair models as this identifier asks them (with their marker words), for tests. */
    List<PairModel> pairs() {
        return pairs;
    }

    /** The marker-word pairs without a pair model, for tests. */
    List<MarkerWords> markersWithoutPairModel() {
        return markersWithoutPairModel;
    }

    /** The weight of the marker words (0: the n-gram model alone), for tests. */
    double markerWeight() {
        return markerWeight;
    }

    /** The model's Latin-script labels, renormalised to sum to 1, best first; null when the model knows nothing. */
    private Ranking rankByModel(CharSequence text, ModelEvidence given, ModelEvidence kept) {
        double[] sums = given != null ? given.sums.clone() : new double[labels.length];
        int features = given != null ? given.features : model.evidence(text, sums);
        if (kept != null) {
            kept.sums = sums.clone();
            kept.features = features;
        }
        if (features == 0) {
            return null;
        }
        double[] p = NgramModel.softmax(sums, 1.0 / model.temperature());
        double latinMass = 0;
        int count = 0;
        for (int l = 0; l < p.length; l++) {
            if (latinLabel[l]) {
                latinMass += p[l];
                count++;
            }
        }
        if (count == 0 || latinMass <= 0) {
            return null;
        }
        int[] order = new int[count];
        int n = 0;
        for (int l = 0; l < p.length; l++) {
            if (latinLabel[l]) {
                p[l] /= latinMass;
                order[n++] = l;
            }
        }
        CandidateOrder.sortBestFirst(order, n, p);
        return new Ranking(p, order, n);
    }

    /**
     * The close pairs: their pair model where one is shipped, else their marker words. {@code odds} keeps each pair
     * model's log-odds once computed (NaN before).
     */
    private void refinePairs(CharSequence text, Ranking ranking, double[] odds) {
        if (markerWeight <= 0) {
            return;
        }
        for (int i = 0; i < pairs.size(); i++) {
            int best = ranking.best();
            if (best == pairFirst[i] || best == pairSecond[i]) {
                if (Double.isNaN(odds[i])) {
                    odds[i] = pairs.get(i).logOdds(text);
                }
                resplit(ranking, pairFirst[i], pairSecond[i], false, odds[i]);
            }
        }
        for (int i = 0; i < markersWithoutPairModel.size(); i++) {
            MarkerWords pair = markersWithoutPairModel.get(i);
            if (pair.concerns(labels[ranking.best()])) {
                refinePair(text, ranking, pair, markerFirst[i], markerSecond[i]);
            }
        }
    }

    private boolean hasPairModel(MarkerWords words) {
        return pairs.stream().anyMatch(p -> p.first().equals(words.first()) && p.second().equals(words.second()));
    }

    /**
     * Splits the probability two labels share by {@code sigmoid(logit)} for the second, {@code logit} worked out
     * from the log of their present ratio (second over first), then re-sorts; unchanged when either has none. Either
     * by a pair model's log-odds ({@code calibrate} false: the model of the whole set of languages says how likely
     * the text is one of the two, the pair model which of the two, the n-gram model's own log-ratio bounded by
     * {@value #NGRAM_BOUND} beside it), or tempering the present split by {@value #PAIR_CALIBRATION}.
     */
    private void resplit(Ranking ranking, int first, int second, boolean calibrate, double logOdds) {
        double pFirst = ranking.of(first, latinLabel);
        double pSecond = ranking.of(second, latinLabel);
        if (pFirst <= 0 || pSecond <= 0) {
            return;
        }
        double mass = pFirst + pSecond;
        double logRatio = Math.log(pSecond / pFirst);
        double logit = calibrate ? PAIR_CALIBRATION * logRatio
                : logOdds + NGRAM_SHARE * Math.max(-NGRAM_BOUND, Math.min(NGRAM_BOUND, logRatio));
        pSecond = mass * PairTrainer.sigmoid(logit);
        ranking.score[first] = mass - pSecond;
        ranking.score[second] = pSecond;
        CandidateOrder.sortBestFirst(ranking.order, ranking.n, ranking.score);
    }

    /** Moves the split between the pair's two languages by its marker words, keeping their total probability. */
    private void refinePair(CharSequence text, Ranking ranking, MarkerWords pair, int firstLabel, int secondLabel) {
        double odds = pair.logOdds().applyAsDouble(text);
        double pFirst = ranking.of(firstLabel, latinLabel);
        double pSecond = ranking.of(secondLabel, latinLabel);
        if (odds == 0 || pFirst <= 0 || pSecond <= 0) {
            return;
        }
        double logit = Math.log(pSecond / pFirst) + markerWeight * odds;
        double second = (pFirst + pSecond) / (1 + Math.exp(-logit));
        double first = pFirst + pSecond - second;
        ranking.score[firstLabel] = first;
        ranking.score[secondLabel] = second;
        CandidateOrder.sortBestFirst(ranking.order, ranking.n, ranking.score);
    }
}
