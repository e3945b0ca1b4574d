package org.seacorpus.lang.identify;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.seacorpus.lang.LanguageProfiles;

/**
 * Measurement, not a check (runs only with {@code -Dlangid.experiment=true}): the n-gram model trained on the
 * project's own text (counted {@code k} times) plus at most {@code n} sentences of each permissive source's
 * training part of the shared folder, for the languages listed, against the shipped model; each with the shipped
 * pair model, on the project's development set, the shared folder's development part and the
 * register pairs' development part. {@code -Dlangid.configs=k/n/langs;…} (langs joined by {@code +}) chooses the
 * configurations (an optional fourth field is the minimum count; a language entry {@code id@TALPCo} or
 * {@code id@TALPCo=600} takes one source of that language only, with its own cap, and {@code own@id=6} counts that
 * language's own text 6 times); each set is also reported with the languages weighted equally
 * ({@link IdMsBalanceExperimentTest#report}); {@code -Dlangid.baseline=FILE} compares with
 * another model file instead of the shipped one; {@code -Dlangid.final=true} reads the final parts instead (the final figure only).
 */
@EnabledIfSystemProperty(named = "langid.experiment", matches = "true")
class NgramSharedTextExperimentTest {

    @Test
    void compare() throws IOException {
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        List<PairModel> pairs = LangidModels.builtInPairs();
        Map<String, NgramModel> models = new LinkedHashMap<>();
        models.put("shipped", System.getProperty("langid.baseline") == null ? LangidModels.builtIn()
                : NgramModelFormat.read(java.nio.file.Path.of(System.getProperty("langid.baseline"))));
        String configs = System.getProperty("langid.configs",
                "1/1500/jv+su+fil+ceb+tet+vi;3/1500/jv+su+fil+ceb+tet+vi;3/500/jv+su+fil+ceb+tet+vi");
        for (String config : configs.split(";")) {
            String[] c = config.split("/");
            models.put(config, ShippedModelTest.shippedTraining(Integer.parseInt(c[0]), Integer.parseInt(c[1]),
                    Set.of(c[2].split("\\+")), c.length > 3 ? Integer.parseInt(c[3])
                            : NgramModelTrainer.DEFAULT_MIN_COUNT).build());
        }
        boolean fin = Boolean.getBoolean("langid.final");
        SharedTrainingText.Split part = fin ? SharedTrainingText.Split.FINAL : SharedTrainingText.Split.DEV;
        Map<String, List<LabelledText>> sets = new LinkedHashMap<>();
        if (!fin) {
            sets.put("project dev", DevSet.all());
        }
        sets.put("shared " + part, SharedTrainingText.read(part, false));
        sets.put("own " + part, OwnRegisterText.read(part));
        Map<String, LangidEvaluation> baseline = new LinkedHashMap<>();
        Map<String, List<Identification>> baselineAnswers = new LinkedHashMap<>();
        for (Map.Entry<String, NgramModel> m : models.entrySet()) {
            LanguageIdentifier langid = new LanguageIdentifier(profiles, m.getValue(),
                    LanguageIdentifier.Weights.DEFAULT, pairs);
            System.out.printf(Locale.ROOT, "%n== %s: %d features%n", m.getKey(), m.getValue().size());
            for (Map.Entry<String, List<LabelledText>> s : sets.entrySet()) {
                LangidEvaluation e = LangidEvaluation.of(s.getValue(), t -> langid.identify(t).lang());
                baseline.putIfAbsent(s.getKey(), e);
                LangidEvaluation b = baseline.get(s.getKey());
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s acc %.4f macro %.4f |",
                        s.getKey(), e.accuracy(), e.macroF1()));
                for (String lang : new TreeSet<>(e.perLanguage().keySet())) {
                    if (e.of(lang).support() > 0) {
                        double d = e.of(lang).f1() - b.of(lang).f1();
                        line.append(String.format(Locale.ROOT, " %s %.3f%s", lang, e.of(lang).f1(),
                                Math.abs(d) < 5e-4 ? "" : String.format(Locale.ROOT, "(%+.3f)", d)));
                    }
                }
                int sure = 0;
                int sureRight = 0;
                for (LabelledText t : s.getValue()) {
                    Identification id = langid.identify(t.text());
                    if ((t.label().equals("id") || t.label().equals("ms")) && id.score() >= 0.99
                            && (id.lang().equals("id") || id.lang().equals("ms"))) {
                        sure++;
                        sureRight += id.lang().equals(t.label()) ? 1 : 0;
                    }
                }
                line.append(String.format(Locale.ROOT, " | id/ms answers >= 0.99 right %d/%d", sureRight, sure));
                System.out.println(line);
                List<Identification> answers = s.getValue().stream().map(t -> langid.identify(t.text())).toList();
                IdMsBalanceExperimentTest.report(s.getKey(), s.getValue(), answers);
                List<Identification> before = baselineAnswers.computeIfAbsent(s.getKey(), k -> answers);
                if (Boolean.getBoolean("langid.changes") && before != answers) {
                    // the sentences whose answer this model changes (-Dlangid.changes=true), with both scores
                    for (int i = 0; i < answers.size(); i++) {
                        Identification was = before.get(i);
                        Identification now = answers.get(i);
                        if (!was.lang().equals(now.lang())) {
                            System.out.printf(Locale.ROOT, "   changed %s: %s %.3f → %s %.3f: %s%n",
                                    s.getValue().get(i).label(), was.lang(), was.score(), now.lang(), now.score(),
                                    s.getValue().get(i).text());
                        }
                    }
                }
                if (!m.getKey().equals("shipped")) {
                    System.out.println("   confusions: " + e.confusionPairs());
                }
            }
        }
    }
}
