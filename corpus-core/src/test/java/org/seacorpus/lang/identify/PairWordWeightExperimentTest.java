package org.seacorpus.lang.identify;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measurement, not a check (runs only with {@code -Dlangid.experiment=true}): which words carry the pair model's
 * weight, and which training sources use them. For every word the shipped pair model names, its total log-odds of
 * Malay alone (its own weight, its n-grams and its marker weight, the bias taken off) and how often each group of
 * the training text uses it (the project's Malay and Indonesian text, TALPCo's two sides, Tatoeba, IndoNLU), as TSV
 * into {@code -Dlangid.words=FILE}, most Indonesian first. A word with a large Indonesian weight that Malay text
 * uses as well is the register bias docs/langid.md describes.
 */
@EnabledIfSystemProperty(named = "langid.experiment", matches = "true")
class PairWordWeightExperimentTest {

    @Test
    void wordWeightsAndWhereTheWordsComeFrom() throws IOException {
        PairModel pair = LangidModels.builtInPairs().get(0).withMarkers(ShippedPairModelTest.idMsMarkers());
        double empty = pair.logOdds("");
        List<String> groups = new ArrayList<>();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (LabelledText t : ShippedPairModelTest.trainingText(1, 1)) {
            String group = group(t);
            if (!groups.contains(group)) {
                groups.add(group);
            }
            for (String word : t.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}'-]+")) {
                if (!word.isEmpty()) {
                    counts.computeIfAbsent(word, w -> new HashMap<>()).merge(group, 1, Integer::sum);
                }
            }
        }
        List<String[]> rows = new ArrayList<>();
        for (String padded : new TreeSet<>(pair.words())) {
            String word = padded.substring(1, padded.length() - 1);
            double total = pair.logOdds(word) - empty;
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%s\t%.3f", word, total));
            Map<String, Integer> c = counts.getOrDefault(word, Map.of());
            for (String g : groups) {
                row.append('\t').append(c.getOrDefault(g, 0));
            }
            rows.add(new String[] {String.format(Locale.ROOT, "%012.4f", total + 100), row.toString()});
        }
        rows.sort(java.util.Comparator.comparing(r -> r[0]));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(
                Path.of(System.getProperty("langid.words", "/tmp/pair-words.tsv")), StandardCharsets.UTF_8))) {
            out.println("word\ttotal\t" + String.join("\t", groups));
            rows.forEach(r -> out.println(r[1]));
        }
    }

    /** The group a training text belongs to: language and source, the project's own text as one source. */
    private static String group(LabelledText t) {
        String source = t.source();
        String name = source.startsWith("own ") || !source.contains(" (") ? "own" : source.replaceAll(" \\(.*", "");
        name = name.startsWith("IndoNLU") ? "IndoNLU" : name;
        return t.label() + " " + name;
    }
}
