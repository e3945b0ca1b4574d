package org.seacorpus.lang.identify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.seacorpus.lang.LanguageProfiles;

/**
 * Measurement, not a check (runs only with {@code -Dlangid.experiment=true}): pair models trained with the register
 * pairs counted 0–3 times and averaged over 1 or 5 shuffles, each on the project's development set, the shared
 * folder's development part and the register pairs' development part. {@code -Dlangid.baseline=FILE} adds a pair
 * model file to compare with (the one shipped before).
 */
@EnabledIfSystemProperty(named = "langid.experiment", matches = "true")
class IdMsRegisterExperimentTest {

    @Test
    void compare() throws IOException {
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        NgramModel model = LangidModels.builtIn();
        Map<String, List<PairModel>> pairs = new LinkedHashMap<>();
        String baseline = System.getProperty("langid.baseline");
        if (baseline != null) {
            try (InputStream in = Files.newInputStream(Path.of(baseline))) {
                pairs.put("baseline", List.of(PairModel.read(in, baseline, null)));
            }
        }
        for (String config : System.getProperty("langid.configs", "1/1,2/1,3/1,1/5,2/5,3/5").split(",")) {
            int repeats = Integer.parseInt(config.split("/")[0]);
            int seeds = Integer.parseInt(config.split("/")[1]);
            PairTrainer trainer = new PairTrainer("id", "ms", ShippedPairModelTest.idMsMarkers().logOdds())
                    .seeds(seeds);
            ShippedPairModelTest.trainingText(repeats).forEach(t -> trainer.add(t.label(), t.text()));
            pairs.put("registers x" + repeats + " seeds " + seeds, List.of(trainer.train()));
        }
        Map<String, List<LabelledText>> sets = new LinkedHashMap<>();
        sets.put("project dev", DevSet.all());
        sets.put("shared dev", SharedTrainingText.read(SharedTrainingText.Split.DEV, false));
        sets.put("own dev", OwnRegisterText.read(SharedTrainingText.Split.DEV));
        for (Map.Entry<String, List<PairModel>> p : pairs.entrySet()) {
            LanguageIdentifier shipped = new LanguageIdentifier(profiles, model, LanguageIdentifier.Weights.DEFAULT,
                    p.getValue());
            LanguageIdentifier own = new LanguageIdentifier(profiles, model, LanguageIdentifier.Weights.DEFAULT,
                    p.getValue());
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-22s", p.getKey()));
            for (Map.Entry<String, List<LabelledText>> s : sets.entrySet()) {
                LangidEvaluation e = LangidEvaluation.of(s.getValue(), t -> shipped.identify(t).lang());
                LangidEvaluation o = LangidEvaluation.of(s.getValue(), t -> own.identify(t).lang());
                int asked = 0;
                int idms = 0;
                int sure = 0;
                int sureRight = 0;
                for (LabelledText t : s.getValue()) {
                    if (t.label().equals("id") || t.label().equals("ms")) {
                        idms++;
                        Identification byOwn = own.identify(t.text());
                        asked += byOwn.score() < 0.9 ? 1 : 0;
                        Identification id = shipped.identify(t.text());
                        if (id.score() >= 0.99 && (id.lang().equals("id") || id.lang().equals("ms"))) {
                            sure++;
                            sureRight += id.lang().equals(t.label()) ? 1 : 0;
                        }
                    }
                }
                line.append(String.format(Locale.ROOT, " | %s acc %.4f id %.3f ms %.3f (own %.3f %.3f) "
                                + "jv %.3f su %.3f own<.9 %d/%d >=.99 %d/%d", s.getKey(), e.accuracy(),
                        e.of("id").f1(), e.of("ms").f1(), o.of("id").f1(), o.of("ms").f1(), e.of("jv").f1(),
                        e.of("su").f1(), asked, idms, sureRight, sure));
            }
            System.out.println(line);
        }
    }
}
