package org.seacorpus.lang.identify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.seacorpus.lang.MarkerWords;

/**
 * Ranks the Latin-script languages for one text (a language module that recognises its own letters, Vietnamese,
 * has claimed the text before this is asked): by our n-gram model ({@link NgramModel}), whose split among the
 * languages Lingua also knows (the profiles with a {@code lingua} name: id, ms, fil, en, vi) is then refined with
 * Lingua's opinion ({@link LinguaScorer}).
 *
 * <p>The refinement keeps the model's total probability for Lingua's languages and redistributes it among them by
 * log p<sub>model</sub>(L) + w · letters · log r<sub>Lingua</sub>(L), where r is Lingua's relative confidence (1 for
 * its best language). Lingua's summed log-probability grows with the length of the text, so the letter count turns
 * its ratio back into a log-likelihood difference. w = 0 is the model alone; a very large w lets Lingua decide
 * among its languages. Languages Lingua does not know (jv, su, ceb, tet, and any a user trains) keep the model's
 * probability.
 *
 * <p>Last, the split between two close languages is moved by the words they spell or choose differently, as
 * their language module gives them ({@link MarkerWords}; Indonesian and Malay): their log-odds, times a weight,
 * are added to the log-odds of the two. The weights used are measured per language pair in
 * {@code docs/langid.md}. Thread-safe.
 */
final class LatinIdentifier {
    static final String LATIN = "Latn";

    /**
     * Lingua is slow next to the model (about a millisecond a sentence); it is asked only when the model's best
     * language is one Lingua knows and a second such language still has at least {@value #CONTEST} of the
     * probability, i.e. when there is something for Lingua to decide.
     */
    static final double CONTEST = 1e-3;
    private final NgramModel model;
    private final double linguaWeight;
    private final double markerWeight;
    private final List<MarkerWords> markers;

    /**
     * @param linguaWeight w above; 0 leaves Lingua out (and never loads it)
     * @param markerWeight weight of the marker words; 0 leaves them out
     * @param markers      the marker-word pairs of the language modules
     */
    LatinIdentifier(NgramModel model, double linguaWeight, double markerWeight, List<MarkerWords> markers) {
        this.model = model;
        this.linguaWeight = linguaWeight;
        this.markerWeight = markerWeight;
        this.markers = List.copyOf(markers);
    }

    /** Candidates best first with probabilities summing to at most 1; empty when nothing is known of the text. */
    List<Identification.Candidate> rank(CharSequence text) {
        List<NgramModel.Scored> ranked = model.rank(text);
        List<Identification.Candidate> latin = new ArrayList<>();
        double latinMass = 0;
        for (NgramModel.Scored s : ranked) {
            if (LATIN.equals(model.scriptOf(s.label()))) {
                latin.add(new Identification.Candidate(s.label(), s.probability()));
                latinMass += s.probability();
            }
        }
        if (latin.isEmpty() || latinMass <= 0) {
            return List.of();
        }
        double mass = latinMass;
        latin.replaceAll(c -> new Identification.Candidate(c.lang(), c.score() / mass));
        if (linguaWeight > 0 && isContestAmongLinguaLanguages(latin)) {
            latin = refineWithLingua(text, latin);
        }
        if (markerWeight > 0) {
            for (MarkerWords pair : markers) {
                if (pair.concerns(latin.get(0).lang())) {
                    latin = refinePair(text, latin, pair);
                }
            }
        }
        return latin;
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
        out.sort(Comparator.comparingDouble(Identification.Candidate::score).reversed());
        return out;
    }

    private List<Identification.Candidate> refineWithLingua(CharSequence text, List<Identification.Candidate> ranked) {
        Map<String, Double> lingua = LinguaScorer.relativeConfidence(text);
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
        out.sort(Comparator.comparingDouble(Identification.Candidate::score).reversed());
        return out;
    }
}
