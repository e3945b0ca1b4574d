package org.seacorpus.lang.identify;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import org.seacorpus.lang.MarkerWords;

/**
 * A logistic-regression model that tells two close languages apart (Indonesian and Malay), trained only on text of
 * the two: the log-odds of the second language over the first is a bias, plus a weight for every word, word pair
 * and character n-gram of orders 3–5 ({@link PairFeatures}) the text holds, plus a learnt coefficient times the
 * log-odds of the language module's hand-written marker words ({@link org.seacorpus.lang.MarkerWords}). Being
 * discriminative and regularised, it puts weight only on what differs between the two (spellings, word choices,
 * affixes), and a sentence that holds nothing of the kind gets log-odds near 0: the honest "either" that the
 * naive-Bayes model, trained on uneven amounts of text, cannot give. {@link PairTrainer} builds it.
 *
 * <p>File: UTF-8 text, {@code seacorpus-langid-pair<TAB>1}, then {@code labels}, {@code bias}, {@code markers}
 * lines, then one {@code order<TAB>feature<TAB>weight} line per feature (order 0 a padded word, 4–5 an n-gram,
 * 9 a word pair). Immutable and thread-safe.
 */
final class PairModel {
    static final String MAGIC = "seacorpus-langid-pair";

    private final String first;
    private final String second;
    private final double bias;
    private final double markerCoefficient;
    private final ToDoubleFunction<CharSequence> markers;
    /** Per-word marker weight when the markers are a sum over words (folded into {@link #wordTotals}), else null. */
    private final ToDoubleFunction<String> markerWord;
    private final FeatureTable table;
    private final float[] weights;
    /**
     * Every word the model names (alone or in a word pair), with the sum of everything it adds to the log-odds
     * wherever it stands: its own weight, its n-grams' weights and, when {@link #markerWord} is set, the marker
     * coefficient times its marker weight. A known word then costs one lookup instead of about twenty.
     */
    private final FeatureTable words;
    private final float[] wordTotals;
    /** Feature texts and weights, kept for writing the model out. */
    private final Map<String, Double> features;

    /**
     * @param features "order<TAB>feature" → weight
     * @param markers  the marker-word log-odds of the pair (0 everywhere when the pair has none)
     */
    PairModel(String first, String second, double bias, double markerCoefficient, Map<String, Double> features,
              ToDoubleFunction<CharSequence> markers) {
        this(first, second, bias, markerCoefficient, features, markers, null);
    }

    /**
     * @param markerWord when not null, the per-word form of {@code markers} (their log-odds is the sum of it over
     *                   the words), which is then folded into the per-word totals instead of read from the text
     */
    PairModel(String first, String second, double bias, double markerCoefficient, Map<String, Double> features,
              ToDoubleFunction<CharSequence> markers, ToDoubleFunction<String> markerWord) {
        this.first = first;
        this.second = second;
        this.bias = bias;
        this.markerCoefficient = markerCoefficient;
        this.markers = markers == null ? text -> 0.0 : markers;
        this.markerWord = markerWord;
        this.features = new TreeMap<>(features);
        this.table = new FeatureTable(features.size());
        this.weights = new float[features.size()];
        Set<String> named = new TreeSet<>();
        for (Map.Entry<String, Double> e : this.features.entrySet()) {
            int tab = e.getKey().indexOf('\t');
            int order = Integer.parseInt(e.getKey().substring(0, tab));
            String feature = e.getKey().substring(tab + 1);
            int row = table.add(PairFeatures.of(order, feature));
            weights[row] += e.getValue().floatValue();
            if (order == NgramFeatures.WORD) {
                named.add(feature);
            } else if (order == PairFeatures.BIGRAM) {
                int space = feature.indexOf(' ');
                named.add(feature.substring(0, space));
                named.add(feature.substring(space + 1));
            }
        }
        this.words = new FeatureTable(named.size());
        this.wordTotals = new float[named.size()];
        for (String padded : named) {
            int[] cps = padded.codePoints().toArray();
            double[] total = {0};
            FeatureKeys.padded(cps, cps.length, PairFeatures.MAX_ORDER, new FeatureKeys.Sink() {
                @Override
                public void feature(int order, long key) {
                    if (order == NgramFeatures.WORD || order >= PairFeatures.MIN_ORDER) {
                        int r = table.find(key);
                        total[0] += r >= 0 ? weights[r] : 0;
                    }
                }
            });
            if (markerWord != null) {
                total[0] += markerCoefficient * markerWord.applyAsDouble(padded.substring(1, padded.length() - 1));
            }
            wordTotals[words.add(FeatureKeys.of(NgramFeatures.WORD, padded))] = (float) total[0];
        }
    }

    String first() {
        return first;
    }

    String second() {
        return second;
    }

    /** The same model reading marker words through {@code markerWords}. */
    PairModel withMarkers(ToDoubleFunction<CharSequence> markerWords) {
        return new PairModel(first, second, bias, markerCoefficient, features, markerWords, null);
    }

    /**
     * The same model with the pair's marker words; when they are a sum over words ({@link MarkerWords#wordWeight()})
     * they are folded into the per-word totals, so scoring reads the text once.
     */
    PairModel withMarkers(MarkerWords markerWords) {
        return new PairModel(first, second, bias, markerCoefficient, features, markerWords.logOdds(),
                markerWords.wordWeight());
    }

    /** Log-odds of {@link #second()} over {@link #first()} for {@code text}. */
    double logOdds(CharSequence text) {
        Scorer scorer = new Scorer(markerWord == null ? bias + markerCoefficient * markers.applyAsDouble(text) : bias);
        FeatureKeys.scan(text, PairFeatures.MAX_ORDER, scorer);
        return scorer.z;
    }

    /**
     * One pass over the text: a known word adds its total and its pair with the word before; an unknown one its
     * own features (n-grams of orders {@value PairFeatures#MIN_ORDER}–{@value PairFeatures#MAX_ORDER}) and its
     * marker weight. The same sum as {@link PairFeatures#scan} feature by feature.
     */
    private final class Scorer implements FeatureKeys.Sink {
        double z;
        private long previous;

        Scorer(double start) {
            this.z = start;
        }

        @Override
        public boolean word(long key, int[] padded, int length) {
            if (previous != 0 && PairFeatures.BIGRAMS) {
                int row = table.find(PairFeatures.bigram(previous, key));
                z += row >= 0 ? weights[row] : 0;
            }
            previous = key;
            int row = words.find(key);
            if (row >= 0) {
                z += wordTotals[row];
                return true;
            }
            if (markerWord != null) {
                z += markerCoefficient * markerWord.applyAsDouble(new String(padded, 1, length - 2));
            }
            return false;
        }

        @Override
        public void feature(int order, long key) {
            if (order == NgramFeatures.WORD || order >= PairFeatures.MIN_ORDER) {
                int row = table.find(key);
                z += row >= 0 ? weights[row] : 0;
            }
        }
    }

    /** Every padded word the model names, alone or in a word pair ({@code _kerajaan_}). */
    java.util.Set<String> words() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String feature : features.keySet()) {
            int tab = feature.indexOf('\t');
            int order = Integer.parseInt(feature.substring(0, tab));
            String text = feature.substring(tab + 1);
            if (order == NgramFeatures.WORD) {
                out.add(text);
            } else if (order == PairFeatures.BIGRAM) {
                int space = text.indexOf(' ');
                out.add(text.substring(0, space));
                out.add(text.substring(space + 1));
            }
        }
        return out;
    }

    int size() {
        return features.size();
    }

    void write(Writer writer, String comment) throws IOException {
        BufferedWriter out = new BufferedWriter(writer);
        out.write(MAGIC + "\t1\n");
        for (String c : comment.split("\\R")) {
            out.write("# " + c + "\n");
        }
        out.write("labels\t" + first + "\t" + second + "\n");
        out.write("bias\t" + format(bias) + "\n");
        out.write("markers\t" + format(markerCoefficient) + "\n");
        for (Map.Entry<String, Double> e : features.entrySet()) {
            out.write(e.getKey() + "\t" + format(e.getValue()) + "\n");
        }
        out.flush();
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.5g", v);
    }

    static PairModel read(InputStream in, String name, ToDoubleFunction<CharSequence> markers) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (line == null || !line.startsWith(MAGIC + "\t")) {
            throw new IOException(name + " is not a seacorpus language-pair model (first line should be '" + MAGIC
                    + "<TAB>1')");
        }
        List<String> labels = new ArrayList<>();
        double bias = 0;
        double coefficient = 0;
        Map<String, Double> features = new TreeMap<>();
        int lineNo = 1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "labels" -> labels = List.of(f[1], f[2]);
                    case "bias" -> bias = Double.parseDouble(f[1]);
                    case "markers" -> coefficient = Double.parseDouble(f[1]);
                    default -> features.put(Integer.parseInt(f[0]) + "\t" + f[1], Double.parseDouble(f[2]));
                }
            } catch (RuntimeException e) {
                throw new IOException(name + " line " + lineNo + " is malformed (" + e.getMessage() + ")", e);
            }
        }
        if (labels.size() != 2) {
            throw new IOException(name + " has no 'labels' line naming the two languages");
        }
        return new PairModel(labels.get(0), labels.get(1), bias, coefficient, features, markers);
    }

    @Override
    public String toString() {
        return "PairModel[" + first + "/" + second + ", " + size() + " features]";
    }
}
