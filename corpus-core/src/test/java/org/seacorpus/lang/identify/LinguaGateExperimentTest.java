package org.seacorpus.lang.identify;

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
 * and the n-gram model agree on id or ms.
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
}
