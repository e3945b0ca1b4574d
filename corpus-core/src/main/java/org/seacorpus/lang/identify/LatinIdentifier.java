package org.seacorpus.lang.identify;

import java.util.ArrayList;
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
        List<Identification.Candidate> model = rankByModel(text, given, kept);
        if (model.isEmpty()) {
            return model;
        }
        double[] odds = new double[pairs.size()];
        Arrays.fill(odds, Double.NaN);
        return calibrated(refinePairs(text, model, odds), odds);
    }

    /**
     * The answer with each refined close pair's split tempered by {@value #PAIR_CALIBRATION}: the same language
     * wins, with a score that means what it says. The experts' summed log-odds are over-confident (the n-gram
     * model counts correlated n-grams as independent evidence, and the pair model and the n-gram model learnt
     * from partly the same text): on the three development sets, Indonesian/Malay answers scored ≥ 0.99 were
     * wrong 7 times in 1,007, and the log-loss of the split was lowest with the log-odds halved (docs/langid.md,
     * "Calibration of the id/ms answers"). Applied after the decision, so which language wins does not change.
     */
    private List<Identification.Candidate> calibrated(List<Identification.Candidate> ranked, double[] odds) {
        List<Identification.Candidate> out = ranked;
        for (int i = 0; i < pairs.size(); i++) {
            if (!Double.isNaN(odds[i])) { // a pair not refined keeps the n-gram model's own split
                out = resplit(out, pairs.get(i).first(), pairs.get(i).second(),
                        logRatio -> PAIR_CALIBRATION * logRatio);
            }
        }
        return out;
    }

    /** The model this identifier scores with (knowing the pair models' words). */
    NgramModel model() {
        return model;
    }

    /** The model's Latin-script labels, renormalised to sum to 1, best first. */
    private List<Identification.Candidate> rankByModel(CharSequence text, ModelEvidence given, ModelEvidence kept) {
        double[] sums = given != null ? given.sums.clone() : new double[labels.length];
        int features = given != null ? given.features : model.evidence(text, sums);
        if (kept != null) {
            kept.sums = sums.clone();
            kept.features = features;
        }
        if (features == 0) {
            return List.of();
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
            return List.of();
        }
        List<Identification.Candidate> latin = new ArrayList<>(count);
        for (int l = 0; l < p.length; l++) {
            if (latinLabel[l]) {
                latin.add(new Identification.Candidate(labels[l], p[l] / latinMass));
            }
        }
        CandidateOrder.sortBestFirst(latin);
        return latin;
    }

    /**
     * The close pairs: their pair model where one is shipped, else their marker words. {@code odds} keeps each pair
     * model's log-odds once computed (NaN before).
     */
    private List<Identification.Candidate> refinePairs(CharSequence text, List<Identification.Candidate> ranked,
                                                       double[] odds) {
        if (markerWeight <= 0) {
            return ranked;
        }
        List<Identification.Candidate> latin = ranked;
        for (int i = 0; i < pairs.size(); i++) {
            PairModel pair = pairs.get(i);
            String best = latin.get(0).lang();
            if (best.equals(pair.first()) || best.equals(pair.second())) {
                if (Double.isNaN(odds[i])) {
                    odds[i] = pair.logOdds(text);
                }
                latin = split(latin, pair.first(), pair.second(), odds[i]);
            }
        }
        for (MarkerWords pair : markersWithoutPairModel) {
            if (pair.concerns(latin.get(0).lang())) {
                latin = refinePair(text, latin, pair);
            }
        }
        return latin;
    }

    private boolean hasPairModel(MarkerWords words) {
        return pairs.stream().anyMatch(p -> p.first().equals(words.first()) && p.second().equals(words.second()));
    }

    /**
     * Splits the probability the two languages share between them by the pair model's log-odds: the model of the
     * whole set of languages says how likely the text is one of the two, the pair model which of the two.
     */
    private static List<Identification.Candidate> split(List<Identification.Candidate> ranked, String first,
                                                        String second, double logOdds) {
        return resplit(ranked, first, second,
                logRatio -> logOdds + NGRAM_SHARE * Math.max(-NGRAM_BOUND, Math.min(NGRAM_BOUND, logRatio)));
    }

    /**
     * Splits the probability two languages share by {@code sigmoid(logit)} for the second, where {@code logit}
     * is worked out from the log of their present ratio (second over first); unchanged when either has none.
     */
    private static List<Identification.Candidate> resplit(List<Identification.Candidate> ranked, String first,
                                                          String second, java.util.function.DoubleUnaryOperator logit) {
        double pFirst = 0;
        double pSecond = 0;
        for (Identification.Candidate c : ranked) {
            pFirst += c.lang().equals(first) ? c.score() : 0;
            pSecond += c.lang().equals(second) ? c.score() : 0;
        }
        if (pFirst <= 0 || pSecond <= 0) {
            return ranked;
        }
        double mass = pFirst + pSecond;
        pSecond = mass * PairTrainer.sigmoid(logit.applyAsDouble(Math.log(pSecond / pFirst)));
        List<Identification.Candidate> out = new ArrayList<>(ranked.size());
        for (Identification.Candidate c : ranked) {
            if (c.lang().equals(first)) {
                out.add(new Identification.Candidate(first, mass - pSecond));
            } else if (c.lang().equals(second)) {
                out.add(new Identification.Candidate(second, pSecond));
            } else {
                out.add(c);
            }
        }
        CandidateOrder.sortBestFirst(out);
        return out;
    }

    /** Moves the split between the pair's two languages by its marker words, keeping their total probability. */
    private List<Identification.Candidate> refinePair(CharSequence text, List<Identification.Candidate> ranked,
                                                      MarkerWords pair) {
        double odds = pair.logOdds().applyAsDouble(text);
        double pFirst = 0;
        double pSecond = 0;
        for (Identification.Candidate c : ranked) {
            pFirst += c.lang().equals(pair.first()) ? c.score() : 0;
            pSecond += c.lang().equals(pair.second()) ? c.score() : 0;
        }
        if (odds == 0 || pFirst <= 0 || pSecond <= 0) {
            return ranked;
        }
        double logit = Math.log(pSecond / pFirst) + markerWeight * odds;
        double second = (pFirst + pSecond) / (1 + Math.exp(-logit));
        double first = pFirst + pSecond - second;
        List<Identification.Candidate> out = new ArrayList<>();
        for (Identification.Candidate c : ranked) {
            if (c.lang().equals(pair.first())) {
                out.add(new Identification.Candidate(c.lang(), first));
            } else if (c.lang().equals(pair.second())) {
                out.add(new Identification.Candidate(c.lang(), second));
            } else {
                out.add(c);
            }
        }
        CandidateOrder.sortBestFirst(out);
        return out;
    }
}
