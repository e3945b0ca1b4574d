package org.seacorpus.lang.identify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import org.seacorpus.lang.MarkerWords;

/**
 * Ranks the Latin-script languages for one text (a language module that recognises its own letters, Vietnamese,
 * has claimed the text before this is asked): by our n-gram model ({@link NgramModel}), then, for a close pair
 * with a trained pair model (Indonesian/Malay, {@link PairModel}), by splitting the probability the pair shares by
 * the pair model's log-odds plus the n-gram model's own log-ratio of the two ({@link #NGRAM_SHARE}); pairs with
 * marker words but no pair model are moved by their marker words ({@link MarkerWords}).
 *
 * <p>Lingua ({@link LinguaScorer}) can be asked where it may change the answer: when our own best answer scores
 * below {@code linguaBelow} and another language Lingua knows (id, ms, fil, en, vi) is still in contest, and, when
 * the best answer is one of a close pair and scores at least {@value #AGREEING_BELOW}, only when the pair model and
 * the n-gram model disagree on which of the two it is ({@link #expertsAgree}); when the only languages in contest
 * are the two of a close pair with a pair model, only when the score we would report is also below
 * {@code pairLinguaBelow} ({@link #pairContestSettled}). It then redistributes the model's probability among its
 * languages by log p<sub>model</sub>(L) + w · letters · log r<sub>Lingua</sub>(L), where r is Lingua's relative
 * confidence (1 for its best language), and the pair model splits the result again. The shipped gates
 * ({@value #LINGUA_BELOW}, {@value #PAIR_LINGUA_BELOW}) never ask it: on the development parts no gate changed a
 * Filipino, English or Vietnamese answer, and for Indonesian against Malay alone it changed 4 of 1,460 answers at
 * half the process's CPU (docs/langid.md, "Lingua no longer asked"). Thread-safe.
 */
final class LatinIdentifier {
    static final String LATIN = "Latn";

    /**
     * Lingua is slow next to the model (about a millisecond a sentence); it is asked only when the model's best
     * language is one Lingua knows and a second such language still has at least {@value #CONTEST} of the
     * probability, i.e. when there is something for Lingua to decide.
     */
    static final double CONTEST = 1e-3;

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
     * Below this own score Lingua is asked even when the pair model and the n-gram model agree on one language of
     * the pair ({@link #expertsAgree}); between it and {@code linguaBelow} only when they disagree.
     */
    static final double AGREEING_BELOW = 0.7;

    /**
     * The factor on a close pair's log-odds in the score reported ({@link #calibrated}): the one of lowest log-loss
     * on the four id/ms development parts (0.65 since the n-gram model's say is bounded, 0.5 before; 1 would leave
     * the scores as the experts give them).
     */
    static final double PAIR_CALIBRATION = 0.65;

    /**
     * Lingua is asked only when our own best answer scores below this (the shipped {@code Weights.DEFAULT}); 0 never
     * asks it, and then never loads it. Chosen by {@code LinguaGateExperimentTest#gatesCompared} on the five
     * development parts (docs/langid.md, "Lingua no longer asked"): with Indonesian against Malay alone left to our
     * own models, every gate from 0.9 down to never gave the same answer on every line (Lingua was asked on 1 of
     * 1,704 lines of the project's set and 15 of 4,106 of the shared part at 0.9, and changed none). Session 10 to
     * 11 shipped 0.9. Rerun the experiment after a model is retrained.
     */
    static final double LINGUA_BELOW = 0.0;

    /**
     * When the only languages Lingua would be asked about are Indonesian and Malay (or the two of another close pair
     * with a pair model), it is asked only when the score we would report ({@link #calibrated}) is below this; 0
     * never. Chosen by {@code LinguaGateExperimentTest#gatesCompared} on the development parts (docs/langid.md,
     * "Lingua no longer asked"): session 11's 0.6 answered 1,364 of their 1,460 id/ms sentences right, never 1,360
     * (the final parts: 1,216 and 1,215 of 1,305), and on Indonesian and Malay text Lingua and the fork-join pool it
     * computes on were half of the process's CPU.
     */
    static final double PAIR_LINGUA_BELOW = 0.0;
    private final NgramModel model;
    private final double linguaWeight;
    private final double linguaBelow;
    private final double pairLinguaBelow;
    private final LongAdder linguaQuestions = new LongAdder();
    private final double markerWeight;
    private final List<MarkerWords> markers;
    private final List<PairModel> pairs;
    private final List<MarkerWords> markersWithoutPairModel;
    private final String[] labels;
    private final boolean[] latinLabel;

    /**
     * @param linguaWeight w above; 0 leaves Lingua out (and never loads it)
     * @param linguaBelow  Lingua is asked only when our own best answer scores below this (above 1: always)
     * @param pairLinguaBelow for a contest between the two languages of a close pair alone, Lingua is asked only
     *                     when the score reported is also below this (above 1: no further limit)
     * @param markerWeight weight of the marker words; 0 leaves them (and the pair models) out
     * @param markers      the marker-word pairs of the language modules
     * @param pairs        trained models of close pairs, which replace the marker words of their pair
     */
    LatinIdentifier(NgramModel model, double linguaWeight, double linguaBelow, double pairLinguaBelow,
                    double markerWeight, List<MarkerWords> markers, List<PairModel> pairs) {
        this.model = markerWeight <= 0 ? model.withWords(List.of())
                : LangidModels.knowingShippedPairWords(model, pairs)
                        .orElseGet(() -> knowingPairWords(model, pairs));
        this.linguaWeight = linguaWeight;
        this.linguaBelow = linguaBelow;
        this.pairLinguaBelow = pairLinguaBelow;
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
        List<Identification.Candidate> own = refinePairs(text, model, odds);
        List<Identification.Candidate> reported = calibrated(own, odds);
        if (linguaWeight > 0 && own.get(0).score() < linguaBelow && isContestAmongLinguaLanguages(own)
                && !(linguaBelow <= 1 && expertsAgree(model, own, odds))
                && !pairContestSettled(model, reported, odds)) {
            linguaQuestions.increment();
            return calibrated(refinePairs(text, refineWithLingua(text, model), odds), odds);
        }
        return reported;
    }

    /**
     * The answer with each refined close pair's split tempered by {@value #PAIR_CALIBRATION}: the same language
     * wins, with a score that means what it says. The experts' summed log-odds are over-confident (the n-gram
     * model counts correlated n-grams as independent evidence, and the pair model and the n-gram model learnt
     * from partly the same text): on the three development sets, Indonesian/Malay answers scored ≥ 0.99 were
     * wrong 7 times in 1,007, and the log-loss of the split was lowest with the log-odds halved (docs/langid.md,
     * "Calibration of the id/ms answers"). Applied after the decision and after the gate that asks Lingua, so
     * neither which language wins nor when Lingua is asked changes.
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

    /**
     * True when our best answer is one of a close pair, scores at least {@value #AGREEING_BELOW}, and the pair
     * model and the n-gram model lean the same way within the pair: Lingua is then not asked. Measured on the three
     * development sets (docs/langid.md, "Where to ask Lingua"): in that case Lingua changed no answer of the shared
     * folder's or the register pairs' development parts and one of the project's (at 0.6–0.7), so asking it only
     * when the two disagree, or below 0.7, gives the same answers on all three with a quarter fewer questions.
     */
    private boolean expertsAgree(List<Identification.Candidate> model, List<Identification.Candidate> own,
                                 double[] odds) {
        Identification.Candidate best = own.get(0);
        if (best.score() < AGREEING_BELOW) {
            return false;
        }
        for (int i = 0; i < pairs.size(); i++) {
            PairModel pair = pairs.get(i);
            if (!Double.isNaN(odds[i]) && (best.lang().equals(pair.first()) || best.lang().equals(pair.second()))) {
                double pFirst = 0;
                double pSecond = 0;
                for (Identification.Candidate c : model) {
                    pFirst += c.lang().equals(pair.first()) ? c.score() : 0;
                    pSecond += c.lang().equals(pair.second()) ? c.score() : 0;
                }
                return pFirst > 0 && pSecond > 0 && (odds[i] > 0) == (pSecond > pFirst);
            }
        }
        return false;
    }

    /**
     * True when the only languages Lingua would be asked about ({@link #refineWithLingua}: those Lingua knows with at
     * least {@value #CONTEST} of the model's probability) are the two of a close pair whose pair model has split
     * them, and the answer we would report ({@code reported}) scores at least {@code pairLinguaBelow}: Lingua is then
     * not asked.
     */
    private boolean pairContestSettled(List<Identification.Candidate> model, List<Identification.Candidate> reported,
                                       double[] odds) {
        if (pairLinguaBelow > 1) {
            return false;
        }
        for (int i = 0; i < pairs.size(); i++) {
            if (Double.isNaN(odds[i])) {
                continue;
            }
            PairModel pair = pairs.get(i);
            boolean onlyThePair = true;
            for (Identification.Candidate c : model) {
                if (c.score() >= CONTEST && LinguaScorer.LANGUAGES.contains(c.lang())
                        && !c.lang().equals(pair.first()) && !c.lang().equals(pair.second())) {
                    onlyThePair = false;
                    break;
                }
            }
            if (onlyThePair) {
                return reported.get(0).score() >= pairLinguaBelow;
            }
        }
        return false;
    }

    /** How many times Lingua has been asked by this identifier (for measuring the gate). */
    long linguaQuestions() {
        return linguaQuestions.sum();
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
     * model's log-odds once computed (NaN before), so that asking Lingua does not score the text twice.
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

    private static boolean isContestAmongLinguaLanguages(List<Identification.Candidate> ranked) {
        if (!LinguaScorer.LANGUAGES.contains(ranked.get(0).lang())) {
            return false;
        }
        return ranked.stream().skip(1).filter(c -> LinguaScorer.LANGUAGES.contains(c.lang()))
                .anyMatch(c -> c.score() >= CONTEST);
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

    private List<Identification.Candidate> refineWithLingua(CharSequence text, List<Identification.Candidate> ranked) {
        Set<String> contest = new HashSet<>();
        for (Identification.Candidate c : ranked) {
            if (c.score() >= CONTEST && LinguaScorer.LANGUAGES.contains(c.lang())) {
                contest.add(c.lang());
            }
        }
        Map<String, Double> lingua = LinguaScorer.relativeConfidence(text, contest);
        if (lingua.isEmpty()) {
            return ranked;
        }
        int letters = NgramFeatures.letters(text);
        List<Identification.Candidate> shared = ranked.stream()
                .filter(c -> lingua.containsKey(c.lang())).toList();
        if (shared.size() < 2) {
            return ranked;
        }
        double sharedMass = shared.stream().mapToDouble(Identification.Candidate::score).sum();
        double[] z = new double[shared.size()];
        for (int i = 0; i < z.length; i++) {
            Identification.Candidate c = shared.get(i);
            z[i] = Math.log(Math.max(c.score(), 1e-12)) + linguaWeight * letters * Math.log(lingua.get(c.lang()));
        }
        double[] p = NgramModel.softmax(z, 1.0);
        List<Identification.Candidate> out = new ArrayList<>();
        for (int i = 0; i < z.length; i++) {
            out.add(new Identification.Candidate(shared.get(i).lang(), p[i] * sharedMass));
        }
        for (Identification.Candidate c : ranked) {
            if (!lingua.containsKey(c.lang())) {
                out.add(c);
            }
        }
        CandidateOrder.sortBestFirst(out);
        return out;
    }
}
