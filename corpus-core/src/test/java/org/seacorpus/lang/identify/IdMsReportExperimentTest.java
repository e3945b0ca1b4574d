package org.seacorpus.lang.identify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.seacorpus.lang.LanguageProfiles;

/**
 * Measurement, not a check (runs only with {@code -Dlangid.experiment=true}): the whole id/ms report for pair
 * models trained with the two batches of register pairs counted differently, on every development part (the
 * project's set, the shared folder's part, the first and the second batch of register pairs), or with
 * {@code -Dlangid.final=true} on the final parts (once, at the end). For each model and set: F1 of every language,
 * the id/ms figures of {@link IdMsBalanceExperimentTest#report} (plain, equal weights, balanced subsamples, TALPCo
 * pairs), the calibration of the id/ms answers by score band, 10-sentence documents, and the answers on the lines
 * that are the same words in both standards.
 *
 * <p>{@code -Dlangid.configs=shipped,3/0,3/3} names the models: {@code shipped} is the pair model on the classpath,
 * {@code a/b} one trained (mean of {@value ShippedPairModelTest#SEEDS} runs) with the first batch counted a times
 * and the second b times, {@code a/b+c} with the third batch c times as well ({@code a/b+c:d}: its Indonesian side d
 * times), followed by any of {@code ~cN ~wX ~tX ~mN} (IndoNLU cut to N sentences, IndoNLU's and Tatoeba's weight in
 * the loss, the Malay side N more times: {@link ShippedPairModelTest.Recipe#parse}); {@code -Dlangid.baseline=FILE}
 * adds a pair model file (the one shipped before) ({@code -Dlangid.gates}, Lingua's gates, left with Lingua in
 * session 12), and {@code -Dlangid.splits=FILE} writes every id/ms sentence's reported split as TSV (model, gate, set, label, answer,
 * log(p_ms / p_id), p_id + p_ms) for fitting the split's temperature ({@code temper-parts.py} in
 * {@code corpus-bench/results/2026-12-07-malay12/}).
 * {@code -Dlangid.bias=0,0.5,1} also prints, for the same answers, what a prior towards Indonesian of that many
 * nats on the reported id/ms split would give (the answer re-ranked from its candidates; threshold 0.5).
 */
@EnabledIfSystemProperty(named = "langid.experiment", matches = "true")
class IdMsReportExperimentTest {
    private static final double[] BOUNDS = {0.5, 0.7, 0.9, 0.99, 0.9999, 1.01};
    private static final String[] BANDS = {"<0.5", "0.5-0.7", "0.7-0.9", "0.9-0.99", "0.99-0.9999", ">=0.9999"};

    @Test
    void report() throws IOException {
        boolean fin = Boolean.getBoolean("langid.final");
        SharedTrainingText.Split part = fin ? SharedTrainingText.Split.FINAL : SharedTrainingText.Split.DEV;
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        NgramModel model = LangidModels.builtIn();
        Map<String, List<PairModel>> pairs = new LinkedHashMap<>();
        Map<String, NgramModel> ngram = new LinkedHashMap<>();
        String baseline = System.getProperty("langid.baseline");
        if (baseline != null) {
            try (InputStream in = Files.newInputStream(Path.of(baseline))) {
                pairs.put("baseline " + baseline, List.of(PairModel.read(in, baseline, null)));
            }
        }
        for (String config : System.getProperty("langid.configs", "shipped").split(",")) {
            if (config.equals("shipped")) {
                pairs.put("shipped", LangidModels.builtInPairs());
                continue;
            }
            ShippedPairModelTest.Recipe recipe = ShippedPairModelTest.Recipe.parse(config.split("/").length > 2
                    ? config.substring(0, config.lastIndexOf('/')) : config);
            PairTrainer trainer = ShippedPairModelTest.trainer(recipe);
            String name = config + " " + recipe;
            if (config.split("/").length > 2) {   // a third field: more entries for the n-gram model's training
                List<String> entries = new ArrayList<>(ShippedModelTest.SHARED_LANGUAGES);
                entries.addAll(List.of(config.split("/")[2].split("\\+")));
                name += " ngram " + config.split("/")[2];
                ngram.put(name, ShippedModelTest.shippedTraining(3, 300, entries).build());
            }
            pairs.put(name, List.of(trainer.train()));
        }
        Map<String, List<Identification>> firstAnswers = new LinkedHashMap<>();
        Map<String, List<LabelledText>> sets = new LinkedHashMap<>();
        if (!fin) {
            sets.put("project dev", DevSet.all());
        }
        sets.put("shared " + part, SharedTrainingText.read(part, false));
        sets.put("register1 " + part, OwnRegisterText.read(part, OwnRegisterText.FIRST_BATCH));
        sets.put("register2 " + part, OwnRegisterText.read(part, OwnRegisterText.SECOND_BATCH));
        sets.put("register3 " + part, OwnRegisterText.read(part, OwnRegisterText.THIRD_BATCH));
        String extra = System.getProperty("langid.extra");   // lang<TAB>text lines of another labelled set
        if (extra != null) {
            List<LabelledText> rows = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(extra))) {
                String[] f = line.split("\t", 2);
                if (f.length == 2) {
                    rows.add(new LabelledText(f[0], f[1], "extra"));
                }
            }
            sets.put("extra " + extra, rows);
        }
        List<LabelledText> same = OwnRegisterText.same(part);
        double[] biases = java.util.Arrays.stream(System.getProperty("langid.bias", "").split(","))
                .filter(s -> !s.isBlank()).mapToDouble(Double::parseDouble).toArray();
        String explain = System.getProperty("langid.explain");
        if (explain != null) {   // each model's log-odds of Malay for the sentence and for each of its words alone
          for (String sentence : explain.split("\\|")) {
            for (Map.Entry<String, List<PairModel>> p : pairs.entrySet()) {
                PairModel pair = p.getValue().get(0).withMarkers(ShippedPairModelTest.idMsMarkers());
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: %.2f |", p.getKey(),
                        pair.logOdds(sentence)));
                double empty = pair.logOdds("");
                for (String word : sentence.split("[^\\p{L}\\p{M}'-]+")) {
                    if (!word.isEmpty()) {
                        line.append(String.format(Locale.ROOT, " %s %+.2f", word, pair.logOdds(word) - empty));
                    }
                }
                System.out.println(line.append(String.format(Locale.ROOT, " | bias %+.2f", empty)));
            }
          }
            return;
        }
        // Lingua's gates (-Dlangid.gates) left with Lingua (session 12); the column stays, always "shipped"
        String[] gates = {"shipped"};
        String splitFile = System.getProperty("langid.splits");   // every id/ms sentence's reported split, as TSV
        java.io.PrintWriter splits = splitFile == null ? null
                : new java.io.PrintWriter(Files.newBufferedWriter(Path.of(splitFile)));
        for (Map.Entry<String, List<PairModel>> p : pairs.entrySet()) {
          for (String gate : gates) {
            LanguageIdentifier.Weights weights = LanguageIdentifier.Weights.DEFAULT;
            LanguageIdentifier langid = new LanguageIdentifier(profiles, ngram.getOrDefault(p.getKey(), model),
                    weights, p.getValue());
            System.out.printf(Locale.ROOT, "%n===== %s | gate %s%n", p.getKey(), gate);
            for (Map.Entry<String, List<LabelledText>> s : sets.entrySet()) {
                List<LabelledText> samples = s.getValue();
                List<Identification> answers = samples.stream().map(t -> langid.identify(t.text())).toList();
                System.out.printf(Locale.ROOT, "-- %s (%d sentences)%n", s.getKey(), samples.size());
                List<Identification> was = firstAnswers.computeIfAbsent(s.getKey(), k -> answers);
                for (int i = 0; i < answers.size() && was != answers; i++) {
                    if (!was.get(i).lang().equals(answers.get(i).lang())) {   // against the first model named
                        System.out.printf(Locale.ROOT, "   changed %s: %s %.3f → %s %.3f: %s%n",
                                samples.get(i).label(), was.get(i).lang(), was.get(i).score(), answers.get(i).lang(),
                                answers.get(i).score(), samples.get(i).text());
                    }
                }
                if (splits != null) {   // model, gate, set, label, answer, reported log(p_ms / p_id), p_id + p_ms
                    for (int i = 0; i < samples.size(); i++) {
                        double pId = 0;
                        double pMs = 0;
                        for (Identification.Candidate c : answers.get(i).candidates()) {
                            pId += c.lang().equals("id") ? c.score() : 0;
                            pMs += c.lang().equals("ms") ? c.score() : 0;
                        }
                        String label = samples.get(i).label();
                        if ((label.equals("id") || label.equals("ms")) && pId > 0 && pMs > 0) {
                            splits.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%.5f\t%.5f%n", p.getKey().split(" ")[0],
                                    gate, s.getKey(), label, answers.get(i).lang(), Math.log(pMs / pId), pId + pMs);
                        }
                    }
                }
                perLanguage(samples, answers);
                IdMsBalanceExperimentTest.report(s.getKey(), samples, answers);
                calibration(samples, answers);
                if (!s.getKey().startsWith("register")) {
                    PairModelEvaluationTest.documents(samples, p.getKey(), langid);
                }
                for (double bias : biases) {
                    List<Identification> shifted = answers.stream().map(a -> towardsIndonesian(a, bias)).toList();
                    System.out.printf(Locale.ROOT, "   id prior %.2f: ", bias);
                    perLanguage(samples, shifted);
                    IdMsBalanceExperimentTest.report("   prior " + bias, samples, shifted);
                    calibration(samples, shifted);
                }
            }
            StringBuilder line = new StringBuilder("lines the same in both standards (" + same.size() + "):");
            for (LabelledText t : same) {
                Identification a = langid.identify(t.text());
                line.append(String.format(Locale.ROOT, " %s %.3f;", a.lang(), a.score()));
            }
            System.out.println(line);
          }
        }
        if (splits != null) {
            splits.close();
        }
    }

    /** F1 of every language of the set, one line. */
    static void perLanguage(List<LabelledText> samples, List<Identification> answers) {
        List<String> got = answers.stream().map(Identification::lang).toList();
        int[] index = {0};
        LangidEvaluation e = LangidEvaluation.of(samples, text -> got.get(index[0]++));
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "accuracy %.4f macro %.4f |",
                e.accuracy(), e.macroF1()));
        for (String lang : new TreeSet<>(e.perLanguage().keySet())) {
            if (e.of(lang).support() > 0) {
                line.append(String.format(Locale.ROOT, " %s %.3f", lang, e.of(lang).f1()));
            }
        }
        System.out.println(line);
    }

    /** How often the id/ms answers to id and ms sentences are right in each band of their score. */
    static void calibration(List<LabelledText> samples, List<Identification> answers) {
        int[] total = new int[BOUNDS.length];
        int[] right = new int[BOUNDS.length];
        for (int i = 0; i < samples.size(); i++) {
            String label = samples.get(i).label();
            Identification a = answers.get(i);
            if ((!label.equals("id") && !label.equals("ms")) || (!a.lang().equals("id") && !a.lang().equals("ms"))) {
                continue;
            }
            int band = 0;
            while (a.score() >= BOUNDS[band]) {
                band++;
            }
            total[band]++;
            right[band] += a.lang().equals(label) ? 1 : 0;
            if (a.score() >= 0.99 && !a.lang().equals(label)) {
                System.out.printf(Locale.ROOT, "   wrong at %.4f: %s → %s: %s%n", a.score(), label, a.lang(),
                        samples.get(i).text());
            }
        }
        StringBuilder line = new StringBuilder("calibration:");
        for (int b = 0; b < BOUNDS.length; b++) {
            line.append(String.format(Locale.ROOT, " %s %d/%d", BANDS[b], right[b], total[b]));
        }
        System.out.println(line);
    }

    /**
     * The answer with its id/ms split moved {@code bias} nats towards Indonesian and re-ranked; below 0.5 it is
     * {@code und}, as the shipped thresholds make it. A simulation on the candidates, for measuring only.
     */
    static Identification towardsIndonesian(Identification a, double bias) {
        double pId = 0;
        double pMs = 0;
        for (Identification.Candidate c : a.candidates()) {
            pId += c.lang().equals("id") ? c.score() : 0;
            pMs += c.lang().equals("ms") ? c.score() : 0;
        }
        if (pId <= 0 || pMs <= 0 || bias == 0) {
            return a;
        }
        double mass = pId + pMs;
        double ms = mass * PairTrainer.sigmoid(Math.log(pMs / pId) - bias);
        List<Identification.Candidate> out = new ArrayList<>();
        for (Identification.Candidate c : a.candidates()) {
            out.add(c.lang().equals("id") ? new Identification.Candidate("id", mass - ms)
                    : c.lang().equals("ms") ? new Identification.Candidate("ms", ms) : c);
        }
        out.sort(java.util.Comparator.comparingDouble(Identification.Candidate::score).reversed());
        Identification.Candidate best = out.get(0);
        return new Identification(best.score() < 0.5 ? "und" : best.lang(), a.script(), best.score(), out);
    }
}
