package org.seacorpus.lang.identify;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
 * Measurement, not a check (runs only with {@code -Dlangid.experiment=true}): every id and ms sentence of the
 * development parts with the shipped answer, its score, its candidates' share of id and ms and the pair
 * model's log-odds of Malay, as TSV into {@code -Dlangid.dump=FILE}, for the error analysis of docs/langid.md.
 */
@EnabledIfSystemProperty(named = "langid.experiment", matches = "true")
class IdMsErrorDumpExperimentTest {
    @Test
    void dump() throws IOException {
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        NgramModel model = LangidModels.builtIn();
        List<PairModel> pairs = LangidModels.builtInPairs();
        LanguageIdentifier shipped = new LanguageIdentifier(profiles, model, LanguageIdentifier.Weights.DEFAULT, pairs);
        int id = model.labels().indexOf("id");
        int ms = model.labels().indexOf("ms");
        PairModel pair = pairs.get(0).withMarkers(ShippedPairModelTest.idMsMarkers());
        Map<String, List<LabelledText>> sets = new LinkedHashMap<>();
        SharedTrainingText.Split part = SharedTrainingText.Split.DEV;
        sets.put("project", DevSet.all());
        sets.put("shared", SharedTrainingText.read(part, false));
        sets.put("register1", OwnRegisterText.read(part, OwnRegisterText.FIRST_BATCH));
        sets.put("register2", OwnRegisterText.read(part, OwnRegisterText.SECOND_BATCH));
        sets.put("register3", OwnRegisterText.read(part, OwnRegisterText.THIRD_BATCH));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(
                Path.of(System.getProperty("langid.dump", "/tmp/idms-dump.tsv")), StandardCharsets.UTF_8))) {
            for (Map.Entry<String, List<LabelledText>> s : sets.entrySet()) {
                for (LabelledText t : s.getValue()) {
                    Identification a = shipped.identify(t.text());
                    boolean pairLine = t.label().equals("id") || t.label().equals("ms");
                    if (!pairLine && !a.lang().equals("id") && !a.lang().equals("ms")) {
                        continue;
                    }
                    Identification b = a;  // this column was our own models' answer beside Lingua's: now the same
                    NgramModel.Evidence e = model.evidence(t.text());
                    double ratio = (e.logLikelihood()[ms] - e.logLikelihood()[id]) / model.temperature();
                    double idms = 0;
                    double other = 0;
                    String otherLang = "und";
                    for (Identification.Candidate c : b.candidates()) {
                        if (c.lang().equals("id") || c.lang().equals("ms")) {
                            idms += c.score();
                        } else if (c.score() > other) {
                            other = c.score();
                            otherLang = c.lang();
                        }
                    }
                    out.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%.4f\t%s\t%.4f\t%.3f\t%.3f\t%.4f\t%s\t%.4f\t%d\t%s%n",
                            s.getKey(), t.label(), t.source().replaceAll(" \\(.*", ""), a.lang(), a.score(), b.lang(),
                            b.score(), pair.logOdds(t.text()), ratio, idms, otherLang, other,
                            t.text().split("\\s+").length, t.text());
                }
            }
        }
    }
}
