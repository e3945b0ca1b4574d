package org.seacorpus.lang.identify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.seacorpus.lang.LanguageProfiles;

/**
 * Measurement, not a check (runs only with {@code -Dlangid.experiment=true}): where asking Lingua changes the answer.
 * For every sentence of the development sets our own answer (n-gram model + pair model) is compared with the answer
 * when Lingua is asked on every contest; by band of our own score it prints how many sentences there are, how many
 * Lingua would fix (ours wrong, its right) and how many it would break, and the same split by whether the pair model
 * and the n-gram model agree on id or ms. {@link #gatesCompared} then runs whole identifiers with the gate for the
 * id/ms pair at several thresholds and prints the full report of each, which is how
 * {@link LatinIdentifier#PAIR_LINGUA_BELOW} was chosen (the lead reruns it after a pair model is retrained).
 */
@EnabledIfSystemProperty(named = "langid.experiment", matches = "true")
class LinguaGateExperimentTest {

    @Test
    void whereLinguaChangesTheAnswer() {
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        NgramModel model = LangidModels.builtIn();
        List<PairModel> pairs = LangidModels.builtInPairs();
        PairModel pair = pairs.get(0).withMarkers(ShippedPairModelTest.idMsMarkers());
        LanguageIdentifier own = new LanguageIdentifier(profiles, model, new LanguageIdentifier.Weights(0.0, 1.0),
                pairs);
        LanguageIdentifier always = new LanguageIdentifier(profiles, model, new LanguageIdentifier.Weights(1.0, 1.0),
                pairs);
        int id = model.labelIndex("id");
        int ms = model.labelIndex("ms");
        Map<String, List<LabelledText>> sets = new LinkedHashMap<>();
        sets.put("project dev", DevSet.all());
        sets.put("shared dev", SharedTrainingText.read(SharedTrainingText.Split.DEV, false));
        sets.put("own dev", OwnRegisterText.read(SharedTrainingText.Split.DEV));
        double[] bounds = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99, 1.01};
        for (Map.Entry<String, List<LabelledText>> s : sets.entrySet()) {
            int[][] counts = new int[2][bounds.length * 3];
            for (LabelledText t : s.getValue()) {
                Identification o = own.identify(t.text());
                if (!o.lang().equals("id") && !o.lang().equals("ms")) {
                    continue;
                }
                Identification a = always.identify(t.text());
                double[] ll = model.evidence(t.text()).logLikelihood();
                boolean agree = (pair.logOdds(t.text()) > 0) == (ll[ms] > ll[id]);
                int band = 0;
                while (o.score() >= bounds[band]) {
                    band++;
                }
                int[] c = counts[agree ? 0 : 1];
                c[band * 3]++;
                boolean ownRight = o.lang().equals(t.label());
                boolean linguaRight = a.lang().equals(t.label());
                c[band * 3 + 1] += !ownRight && linguaRight ? 1 : 0;
                c[band * 3 + 2] += ownRight && !linguaRight ? 1 : 0;
            }
            for (int g = 0; g < 2; g++) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s %-9s", s.getKey(),
                        g == 0 ? "agree" : "disagree"));
                for (int b = 0; b < bounds.length; b++) {
                    line.append(String.format(Locale.ROOT, " <%.2f: %d +%d -%d", bounds[b], counts[g][b * 3],
                            counts[g][b * 3 + 1], counts[g][b * 3 + 2]));
                }
                System.out.println(line);
            }
        }
    }

    /**
     * Whole identifiers with Lingua's gate for the id/ms pair alone at each threshold of
     * {@code -Dlangid.gates} (default {@code off,0.8,0.7,0.65,0.6,0.55,0.5,0}: {@code off} is session 10's gate with no
     * limit of its own for the pair, 0 never asks Lingua about the pair alone; {@code always} and {@code own} are Lingua
     * on every contest and never), on the four development parts, or with {@code -Dlangid.final=true} on the final
     * parts (read once, for the gate chosen, beside {@code off}); the syntax of a gate is {@link #weights}. For each: the share of lines Lingua was asked
     * about, F1 of every language, the id/ms report ({@link IdMsBalanceExperimentTest#report}: plain and
     * equal-weight F1, balanced subsamples, TALPCo pairs, answers scored at least 0.99 right, id/ms sentences right,
     * the split's log-loss), the calibration by band, 10-sentence documents, and every answer that differs from the
     * first gate named.
     */
    /**
     * The weights a gate names: {@code always}, {@code own}, {@code off} (session 10's gate), {@code shipped}, a
     * score P (the id/ms pair alone asks Lingua below P, every other contest by session 10's rule below 0.9), or
     * {@code L/P} (every contest asks below L, the id/ms pair alone below P; {@code L/off} leaves the pair no limit
     * of its own).
     */
    static LanguageIdentifier.Weights weights(String gate) {
        return switch (gate) {
            case "always" -> new LanguageIdentifier.Weights(1.0, 1.0);
            case "own" -> new LanguageIdentifier.Weights(0.0, 1.0);
            case "off" -> new LanguageIdentifier.Weights(1.0, 1.0, 0.9);
            case "shipped" -> LanguageIdentifier.Weights.DEFAULT;
            default -> {
                int slash = gate.indexOf('/');
                if (slash < 0) {
                    yield new LanguageIdentifier.Weights(1.0, 1.0, 0.9, Double.parseDouble(gate));
                }
                String pair = gate.substring(slash + 1);
                yield new LanguageIdentifier.Weights(1.0, 1.0, Double.parseDouble(gate.substring(0, slash)),
                        pair.equals("off") ? Double.POSITIVE_INFINITY : Double.parseDouble(pair));
            }
        };
    }

    @Test
    void gatesCompared() {
        boolean fin = Boolean.getBoolean("langid.final");
        SharedTrainingText.Split part = fin ? SharedTrainingText.Split.FINAL : SharedTrainingText.Split.DEV;
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        NgramModel model = LangidModels.builtIn();
        List<PairModel> pairs = LangidModels.builtInPairs();
        Map<String, List<LabelledText>> sets = new LinkedHashMap<>();
        if (!fin) {
            sets.put("project dev", DevSet.all());
        }
        sets.put("shared " + part, SharedTrainingText.read(part, false));
        sets.put("register1 " + part, OwnRegisterText.read(part, OwnRegisterText.FIRST_BATCH));
        sets.put("register2 " + part, OwnRegisterText.read(part, OwnRegisterText.SECOND_BATCH));
        sets.put("register3 " + part, OwnRegisterText.read(part, OwnRegisterText.THIRD_BATCH));
        Map<String, List<Identification>> firstAnswers = new LinkedHashMap<>();
        for (String gate : System.getProperty("langid.gates", "off,0.8,0.7,0.65,0.6,0.55,0.5,0").split(",")) {
            LanguageIdentifier.Weights weights = weights(gate);
            LanguageIdentifier langid = new LanguageIdentifier(profiles, model, weights, pairs).loadLatin();
            LatinIdentifier latin = langid.segments().latin();
            System.out.printf(Locale.ROOT, "%n===== gate for the id/ms pair: %s (%s)%n", gate, weights);
            int right = 0;
            int total = 0;
            for (Map.Entry<String, List<LabelledText>> s : sets.entrySet()) {
                List<LabelledText> samples = s.getValue();
                long asked = latin.linguaQuestions();
                List<Identification> answers = new ArrayList<>();
                samples.forEach(t -> answers.add(langid.identify(t.text())));
                asked = latin.linguaQuestions() - asked;
                long idms = samples.stream().filter(t -> t.label().equals("id") || t.label().equals("ms")).count();
                System.out.printf(Locale.ROOT, "-- %s (%d sentences, %d id/ms): Lingua asked on %d lines (%.1f%%)%n",
                        s.getKey(), samples.size(), idms, asked, 100.0 * asked / samples.size());
                List<Identification> was = firstAnswers.computeIfAbsent(s.getKey(), k -> answers);
                for (int i = 0; i < answers.size() && was != answers; i++) {
                    if (!was.get(i).lang().equals(answers.get(i).lang())) {
                        System.out.printf(Locale.ROOT, "   changed %s: %s %.3f -> %s %.3f: %s%n",
                                samples.get(i).label(), was.get(i).lang(), was.get(i).score(), answers.get(i).lang(),
                                answers.get(i).score(), samples.get(i).text());
                    }
                }
                for (int i = 0; i < samples.size(); i++) {
                    String label = samples.get(i).label();
                    if (label.equals("id") || label.equals("ms")) {
                        total++;
                        right += answers.get(i).lang().equals(label) ? 1 : 0;
                    }
                }
                IdMsReportExperimentTest.perLanguage(samples, answers);
                IdMsBalanceExperimentTest.report(s.getKey(), samples, answers);
                IdMsReportExperimentTest.calibration(samples, answers);
                if (!s.getKey().startsWith("register")) {
                    PairModelEvaluationTest.documents(samples, gate, langid);
                }
            }
            System.out.printf(Locale.ROOT, "gate %s: id/ms sentences right %d/%d over the parts%n", gate, right, total);
        }
    }
}
