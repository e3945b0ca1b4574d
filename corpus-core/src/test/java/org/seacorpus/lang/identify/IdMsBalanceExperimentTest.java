package org.seacorpus.lang.identify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.seacorpus.lang.LanguageProfiles;

/**
 * Measurement, not a check (runs only with {@code -Dlangid.experiment=true}): how much of the shared folder's Malay
 * F1 gap is prevalence, and pair models trained with the parallel TALPCo pairs used contrastively.
 *
 * <p>The shared folder's development part holds about six Indonesian sentences to each Malay one, so every
 * Indonesian line answered Malay costs Malay precision six times what it would in a set with as many sentences of
 * each language (the independent test is parallel). Besides the plain F1 this prints, for the same answers:
 * <ul>
 *   <li>the F1 with every true language weighted to count equally (each sentence weighs 1 / its language's count);
 *   <li>the mean, lowest and highest F1 over {@value #SUBSAMPLES} subsamples with as many sentences of each language
 *       as the rarest of id and ms has;
 *   <li>the F1 on TALPCo alone, whose Indonesian and Malay sentences are translations of the same sentences.
 * </ul>
 * No threshold is set from any of these. {@code -Dlangid.final=true} reads the final parts instead (once).
 */
@EnabledIfSystemProperty(named = "langid.experiment", matches = "true")
class IdMsBalanceExperimentTest {
    static final int SUBSAMPLES = 10;

    @Test
    void compare() throws IOException {
        boolean fin = Boolean.getBoolean("langid.final");
        SharedTrainingText.Split part = fin ? SharedTrainingText.Split.FINAL : SharedTrainingText.Split.DEV;
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        NgramModel model = LangidModels.builtIn();
        Map<String, List<PairModel>> pairs = new LinkedHashMap<>();
        pairs.put("shipped", LangidModels.builtInPairs());
        for (String config : System.getProperty("langid.configs", "").split(",")) {
            if (config.isBlank()) {
                continue;
            }
            pairs.put(config, List.of(train(config)));
        }
        Map<String, List<LabelledText>> sets = new LinkedHashMap<>();
        sets.put("project dev", DevSet.all());
        sets.put("shared " + part, SharedTrainingText.read(part, false));
        sets.put("register " + part, OwnRegisterText.read(part));
        for (Map.Entry<String, List<PairModel>> p : pairs.entrySet()) {
            LanguageIdentifier langid = new LanguageIdentifier(profiles, model, LanguageIdentifier.Weights.DEFAULT,
                    p.getValue());
            System.out.printf(Locale.ROOT, "%n== %s%n", p.getKey());
            for (Map.Entry<String, List<LabelledText>> s : sets.entrySet()) {
                List<LabelledText> samples = s.getValue();
                List<Identification> answers = samples.stream().map(t -> langid.identify(t.text())).toList();
                report(s.getKey(), samples, answers);
            }
        }
    }

    /**
     * The TALPCo pairs of the development part (both translations of one sentence fall together): how many are the
     * same text in both standards (one side is then wrong whatever is answered), and every wrong answer with its score.
     */
    @Test
    void talpcoPairs() throws IOException {
        LanguageIdentifier langid = LanguageIdentifier.builtIn();
        SharedTrainingText.Split part = Boolean.getBoolean("langid.final") ? SharedTrainingText.Split.FINAL
                : SharedTrainingText.Split.DEV;
        Map<String, String> id = talpco("ind/TALPCo/ind/data_ind.txt");
        Map<String, String> ms = talpco("zsm/TALPCo/zsm/data_zsm.txt");
        Set<String> heldId = new HashSet<>();
        Set<String> heldMs = new HashSet<>();
        for (SharedTrainingText.Source source : SharedTrainingText.SOURCES) {
            if (source.name().equals("TALPCo") && source.label().equals("id")) {
                SharedTrainingText.read(source, part, t -> heldId.add(t.text()));
            } else if (source.name().equals("TALPCo") && source.label().equals("ms")) {
                SharedTrainingText.read(source, part, t -> heldMs.add(t.text()));
            }
        }
        int pairs = 0;
        int same = 0;
        int[] bothWrong = new int[4];
        for (Map.Entry<String, String> e : id.entrySet()) {
            String other = ms.get(e.getKey());
            if (other == null || !heldId.contains(e.getValue()) || !heldMs.contains(other)) {
                continue;
            }
            pairs++;
            boolean identical = words(e.getValue()).equals(words(other));
            same += identical ? 1 : 0;
            Identification a = langid.identify(e.getValue());
            Identification b = langid.identify(other);
            int wrong = (a.lang().equals("id") ? 0 : 1) + (b.lang().equals("ms") ? 0 : 2);
            bothWrong[wrong]++;
            if (wrong != 0) {
                System.out.printf(Locale.ROOT, "%s %s id→%s %.3f: %s | ms→%s %.3f: %s%n", identical ? "SAME" : "diff",
                        wrong == 1 ? "id wrong" : wrong == 2 ? "ms wrong" : "both wrong", a.lang(), a.score(),
                        e.getValue(), b.lang(), b.score(), other);
            }
        }
        System.out.printf(Locale.ROOT, "TALPCo %s pairs %d, same words in both %d; both right %d, id wrong %d, ms wrong "
                + "%d, both wrong %d%n", part, pairs, same, bothWrong[0], bothWrong[1], bothWrong[2], bothWrong[3]);
    }

    /** Plain, equally weighted, balanced-subsample and TALPCo-only F1 of id and ms, and the ≥ 0.99 answers. */
    static void report(String name, List<LabelledText> samples, List<Identification> answers) {
        Map<String, Integer> count = new HashMap<>();
        samples.forEach(t -> count.merge(t.label(), 1, Integer::sum));
        double[] plain = BalancedF1.f1(samples, answers, t -> 1.0);
        double[] equal = BalancedF1.equalWeights(samples, answers);
        int sure = 0;
        int sureRight = 0;
        double logLoss = 0;
        int idms = 0;
        for (int i = 0; i < samples.size(); i++) {
            Identification a = answers.get(i);
            String label = samples.get(i).label();
            if ((a.lang().equals("id") || a.lang().equals("ms")) && a.score() >= 0.99
                    && (label.equals("id") || label.equals("ms"))) {
                sure++;
                sureRight += a.lang().equals(label) ? 1 : 0;
            }
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "%-16s plain id %.3f ms %.3f | equal weights id %.3f ms %.3f", name, plain[0], plain[1], equal[0],
                equal[1]));
        int rare = Math.min(count.getOrDefault("id", 0), count.getOrDefault("ms", 0));
        if (rare > 0 && !count.get("id").equals(count.get("ms"))) {
            double[] sum = new double[2];
            double[] min = {1, 1};
            double[] max = {0, 0};
            for (int seed = 0; seed < SUBSAMPLES; seed++) {
                Random random = new Random(1000 + seed);
                Map<String, List<Integer>> byLabel = new HashMap<>();
                for (int i = 0; i < samples.size(); i++) {
                    byLabel.computeIfAbsent(samples.get(i).label(), k -> new ArrayList<>()).add(i);
                }
                Set<Integer> kept = new HashSet<>();
                byLabel.values().forEach(list -> {
                    java.util.Collections.shuffle(list, random);
                    kept.addAll(list.subList(0, Math.min(rare, list.size())));
                });
                double[] f = BalancedF1.f1(samples, answers, t -> 1.0, kept);
                for (int k = 0; k < 2; k++) {
                    sum[k] += f[k] / SUBSAMPLES;
                    min[k] = Math.min(min[k], f[k]);
                    max[k] = Math.max(max[k], f[k]);
                }
            }
            line.append(String.format(Locale.ROOT, " | %d each: id %.3f (%.3f-%.3f) ms %.3f (%.3f-%.3f)", rare,
                    sum[0], min[0], max[0], sum[1], min[1], max[1]));
        }
        Set<Integer> talpco = new HashSet<>();
        for (int i = 0; i < samples.size(); i++) {
            if (samples.get(i).source().startsWith("TALPCo") && (samples.get(i).label().equals("id")
                    || samples.get(i).label().equals("ms"))) {
                talpco.add(i);
            }
        }
        if (!talpco.isEmpty()) {
            double[] f = BalancedF1.f1(samples, answers, t -> 1.0, talpco);
            line.append(String.format(Locale.ROOT, " | TALPCo (%d) id %.3f ms %.3f", talpco.size(), f[0], f[1]));
        }
        int pairRight = 0;
        int pairTotal = 0;
        for (int i = 0; i < samples.size(); i++) {
            String label = samples.get(i).label();
            if (label.equals("id") || label.equals("ms")) {
                pairTotal++;
                pairRight += answers.get(i).lang().equals(label) ? 1 : 0;
                double pId = 0;
                double pMs = 0;
                for (Identification.Candidate c : answers.get(i).candidates()) {
                    pId += c.lang().equals("id") ? c.score() : 0;
                    pMs += c.lang().equals("ms") ? c.score() : 0;
                }
                if (pId > 0 && pMs > 0) {   // the split's log-loss, where both are candidates
                    logLoss -= Math.log((label.equals("id") ? pId : pMs) / (pId + pMs));
                    idms++;
                }
            }
        }
        line.append(String.format(Locale.ROOT, " | >=0.99 right %d/%d | id/ms right %d/%d | split log-loss %.4f (%d)",
                sureRight, sure, pairRight, pairTotal, logLoss / Math.max(1, idms), idms));
        System.out.println(line);
    }

    /**
     * A pair model trained on the shipped training text plus, for {@code diffN}, the words in which each TALPCo
     * training pair (and each register pair) differs, as extra texts counted N times: the model then sees
     * <i>uang</i> against <i>wang</i> without the words both translations share; {@code talpcoN} counts the TALPCo
     * training sentences N times in all.
     */
    static PairModel train(String config) throws IOException {
        PairTrainer trainer = new PairTrainer("id", "ms", ShippedPairModelTest.idMsMarkers().logOdds())
                .seeds(ShippedPairModelTest.SEEDS);
        List<LabelledText> text = ShippedPairModelTest.trainingText();
        text.forEach(t -> trainer.add(t.label(), t.text()));
        int n = Integer.parseInt(config.replaceAll("\\D", ""));
        List<String[]> pairs = talpcoTrainingPairs();
        if (config.startsWith("talpcoid")) {
            for (int r = 1; r < n; r++) {
                for (String[] pair : pairs) {
                    trainer.add("id", pair[0]);
                }
            }
        } else if (config.startsWith("talpco")) {
            for (int r = 1; r < n; r++) {
                for (String[] pair : pairs) {
                    trainer.add("id", pair[0]);
                    trainer.add("ms", pair[1]);
                }
            }
        } else if (config.startsWith("diff")) {
            List<String[]> all = new ArrayList<>(pairs);
            List<LabelledText> own = OwnRegisterText.read(SharedTrainingText.Split.TRAIN);
            for (int i = 0; i + 1 < own.size(); i += 2) {
                all.add(new String[] {own.get(i + 1).text(), own.get(i).text()});
            }
            for (int r = 0; r < n; r++) {
                for (String[] pair : all) {
                    String[] diff = difference(pair[0], pair[1]);
                    if (!diff[0].isEmpty() && !diff[1].isEmpty()) {
                        trainer.add("id", diff[0]);
                        trainer.add("ms", diff[1]);
                    }
                }
            }
        }
        return trainer.train();
    }

    /** The words of each side that the other side lacks, in their order, lower-cased. */
    static String[] difference(String id, String ms) {
        Set<String> idWords = words(id);
        Set<String> msWords = words(ms);
        List<String> onlyId = idWords.stream().filter(w -> !msWords.contains(w)).toList();
        List<String> onlyMs = msWords.stream().filter(w -> !idWords.contains(w)).toList();
        return new String[] {String.join(" ", onlyId), String.join(" ", onlyMs)};
    }

    private static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}'-]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The TALPCo sentence pairs (Indonesian, Malay) whose sentences both fall in the training part. */
    static List<String[]> talpcoTrainingPairs() throws IOException {
        Map<String, String> id = talpco("ind/TALPCo/ind/data_ind.txt");
        Map<String, String> ms = talpco("zsm/TALPCo/zsm/data_zsm.txt");
        Set<String> trainId = new HashSet<>();
        Set<String> trainMs = new HashSet<>();
        for (SharedTrainingText.Source source : SharedTrainingText.SOURCES) {
            if (source.name().equals("TALPCo") && source.label().equals("id")) {
                SharedTrainingText.read(source, SharedTrainingText.Split.TRAIN, t -> trainId.add(t.text()));
            } else if (source.name().equals("TALPCo") && source.label().equals("ms")) {
                SharedTrainingText.read(source, SharedTrainingText.Split.TRAIN, t -> trainMs.add(t.text()));
            }
        }
        List<String[]> out = new ArrayList<>();
        id.forEach((key, text) -> {
            String other = ms.get(key);
            if (other != null && trainId.contains(text) && trainMs.contains(other)) {
                out.add(new String[] {text, other});
            }
        });
        return out;
    }

    private static Map<String, String> talpco(String path) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(SharedTrainingText.ROOT.resolve(path), StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.put(line.substring(0, tab), line.substring(tab + 1).replaceAll("\\s+", " ").strip());
            }
        }
        return out;
    }
}
