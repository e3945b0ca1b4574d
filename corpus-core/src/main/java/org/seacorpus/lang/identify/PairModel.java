package org.seacorpus.lang.identify;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
    /** Per-word marker weight when the markers are a sum over words (folded into the word totals), else null. */
    private final ToDoubleFunction<String> markerWord;
    /** The features and their weights, shared by the copies {@link #withMarkers} makes. */
    private final Features features;
    /**
     * Every word the model names (alone or in a word pair), with the sum of everything it adds to the log-odds
     * wherever it stands: its own weight, its n-grams' weights and, when {@link #markerWord} is set, the marker
     * coefficient times its marker weight. A known word then costs one lookup instead of about twenty. Computed on
     * the first {@link #logOdds} (a model read only to be paired with its marker words never computes its own).
     */
    private volatile WordTotals wordTotals;

    /** The word totals' table: padded word key → row of {@link #totals}. */
    private record WordTotals(FeatureTable words, float[] totals) {
    }

    /**
     * The feature texts ({@code order<TAB>feature}, sorted as a {@link TreeMap} sorts them, which is the order of the
     * file) with their weights, the hash table from feature key to row, the rows' summed weights and the padded
     * words the features name. Immutable.
     */
    private static final class Features {
        /** The feature texts and weights as read or trained; null in a model read from an image. */
        final String[] keys;
        final double[] values;
        /** How many features (lines of the model file). */
        final int count;
        final FeatureTable table;
        final float[] weights;
        final Set<String> words;
        /**
         * From an image: the key of each of {@link #words} and what it adds to the log-odds without the marker
         * words (its own weight and its n-grams'), in the order of {@link #words}; null when built from text.
         */
        final long[] wordKeys;
        final double[] wordOwnTotals;

        /** From an image ({@link Image}): the table, its rows' weights and the words, as they were. */
        Features(Image image) {
            this.keys = null;
            this.values = null;
            this.count = image.size();
            this.table = FeatureTable.of(image.keys());
            this.weights = image.weights();
            this.words = Collections.unmodifiableSet(new java.util.LinkedHashSet<>(Arrays.asList(image.words())));
            this.wordKeys = image.wordKeys();
            this.wordOwnTotals = image.wordOwnTotals();
        }

        Features(String[] keys, double[] values) {
            this.keys = keys;
            this.values = values;
            this.count = keys.length;
            this.wordKeys = null;
            this.wordOwnTotals = null;
            this.table = new FeatureTable(keys.length);
            this.weights = new float[keys.length];
            Set<String> named = new TreeSet<>();
            for (int i = 0; i < keys.length; i++) {
                String key = keys[i];
                int tab = key.indexOf('\t');
                int order = Integer.parseInt(key, 0, tab, 10);
                String feature = key.substring(tab + 1);
                int row = table.add(PairFeatures.of(order, feature));
                weights[row] += (float) values[i];
                if (order == NgramFeatures.WORD) {
                    named.add(feature);
                } else if (order == PairFeatures.BIGRAM) {
                    int space = feature.indexOf(' ');
                    named.add(feature.substring(0, space));
                    named.add(feature.substring(space + 1));
                }
            }
            this.words = Collections.unmodifiableSet(named);
        }

        /** From a map of feature text to weight, in the map's sorted order. */
        static Features of(Map<String, Double> features) {
            TreeMap<String, Double> sorted = new TreeMap<>(features);
            String[] keys = new String[sorted.size()];
            double[] values = new double[sorted.size()];
            int i = 0;
            for (Map.Entry<String, Double> e : sorted.entrySet()) {
                keys[i] = e.getKey();
                values[i++] = e.getValue();
            }
            return new Features(keys, values);
        }
    }

    /**
     * @param features "order<TAB>feature" → weight
     * @param markers  the marker-word log-odds of the pair (0 everywhere when the pair has none)
     */
    PairModel(String first, String second, double bias, double markerCoefficient, Map<String, Double> features,
              ToDoubleFunction<CharSequence> markers) {
        this(first, second, bias, markerCoefficient, Features.of(features), markers, null);
    }

    /**
     * @param markerWord when not null, the per-word form of {@code markers} (their log-odds is the sum of it over
     *                   the words), which is then folded into the per-word totals instead of read from the text
     */
    private PairModel(String first, String second, double bias, double markerCoefficient, Features features,
                      ToDoubleFunction<CharSequence> markers, ToDoubleFunction<String> markerWord) {
        this.first = first;
        this.second = second;
        this.bias = bias;
        this.markerCoefficient = markerCoefficient;
        this.markers = markers == null ? text -> 0.0 : markers;
        this.markerWord = markerWord;
        this.features = features;
    }

    private WordTotals wordTotals() {
        WordTotals built = wordTotals;
        if (built == null) {
            synchronized (this) {
                built = wordTotals;
                if (built == null) {
                    built = computeWordTotals();
                    wordTotals = built;
                }
            }
        }
        return built;
    }

    private WordTotals computeWordTotals() {
        FeatureTable words = new FeatureTable(features.words.size());
        float[] totals = new float[features.words.size()];
        int i = 0;
        for (String padded : features.words) {
            // from an image, the word's key and own total as computed when the image was made
            double total = features.wordOwnTotals != null ? features.wordOwnTotals[i] : ownTotal(padded);
            long key = features.wordKeys != null ? features.wordKeys[i] : FeatureKeys.of(NgramFeatures.WORD, padded);
            if (markerWord != null) {
                total += markerCoefficient * markerWord.applyAsDouble(padded.substring(1, padded.length() - 1));
            }
            totals[words.add(key)] = (float) total;
            i++;
        }
        return new WordTotals(words, totals);
    }

    /**
     * What a padded word adds to the log-odds wherever it stands, without the marker words: its own weight and its
     * n-grams' (summed in scan order, in double, as scoring sums them).
     */
    private double ownTotal(String padded) {
        FeatureTable table = features.table;
        float[] weights = features.weights;
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
        return total[0];
    }

    /**
     * What {@link ModelImage} stores of a pair model: its header, the feature table's keys by row with each row's
     * summed weight, the words the features name (sorted) and how many features the model file had. The feature
     * texts themselves are left out: a model read back from an image scores as this one, but cannot be written
     * as text.
     */
    record Image(String first, String second, double bias, double markerCoefficient, int size, long[] keys,
                 float[] weights, String[] words, long[] wordKeys, double[] wordOwnTotals) {
    }

    /**
     * This model as an {@link Image}, with each word's key and own total (what scoring adds for it before the
     * marker words); its marker words are not part of it.
     */
    Image image() {
        long[] keys = features.table.keysByRow();
        String[] words = features.words.toArray(String[]::new);
        long[] wordKeys = new long[words.length];
        double[] own = new double[words.length];
        for (int i = 0; i < words.length; i++) {
            wordKeys[i] = FeatureKeys.of(NgramFeatures.WORD, words[i]);
            own[i] = ownTotal(words[i]);
        }
        return new Image(first, second, bias, markerCoefficient, features.count, keys,
                Arrays.copyOf(features.weights, keys.length), words, wordKeys, own);
    }

    /** The model an {@link Image} holds, reading marker words through {@code markers} (null: none). */
    static PairModel of(Image image, ToDoubleFunction<CharSequence> markers) {
        return new PairModel(image.first(), image.second(), image.bias(), image.markerCoefficient(),
                new Features(image), markers, null);
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

    /** Each thread's buffer for the n-gram keys of a word the model does not name ({@link FeatureKeys#ngrams}). */
    private static final ThreadLocal<long[]> NGRAM_KEYS =
            ThreadLocal.withInitial(() -> new long[(NgramFeatures.MAX_WORD + 2) * PairFeatures.MAX_ORDER]);

    /** Log-odds of {@link #second()} over {@link #first()} for {@code text}. */
    double logOdds(CharSequence text) {
        return logOdds(text, true);
    }

    /**
     * {@link #logOdds(CharSequence)}; with {@code inOneLoop} false, a word the model does not name has its features
     * fed one by one through {@link FeatureKeys#padded} (the reference the one-loop form must equal bit for bit).
     */
    double logOdds(CharSequence text, boolean inOneLoop) {
        Scorer scorer = new Scorer(markerWord == null ? bias + markerCoefficient * markers.applyAsDouble(text) : bias,
                inOneLoop ? NGRAM_KEYS.get() : null);
        FeatureKeys.scan(text, PairFeatures.MAX_ORDER, scorer);
        return scorer.z;
    }

    /**
     * One pass over the text: a known word adds its total and its pair with the word before; an unknown one its
     * marker weight and its own features (the word, and its n-grams of orders {@value PairFeatures#MIN_ORDER}–
     * {@value PairFeatures#MAX_ORDER}), in the order {@link FeatureKeys#padded} gives them, so that the sum is the
     * same to the last bit whether they are looked up in one loop ({@code keys} given) or fed one by one. The same
     * sum as {@link PairFeatures#scan} feature by feature, up to the order of the additions.
     */
    private final class Scorer implements FeatureKeys.Sink {
        double z;
        private long previous;
        private final FeatureTable table = features.table;
        private final float[] weights = features.weights;
        private final FeatureTable words;
        private final float[] wordTotals;
        /** The n-gram key buffer, or null to have the features fed one by one. */
        private final long[] keys;

        Scorer(double start, long[] keys) {
            this.z = start;
            WordTotals totals = wordTotals();
            this.words = totals.words();
            this.wordTotals = totals.totals();
            this.keys = keys;
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
            if (keys == null || length * PairFeatures.MAX_ORDER > keys.length) {
                return false;
            }
            feature(NgramFeatures.WORD, key);
            int n = FeatureKeys.ngrams(padded, length, PairFeatures.MIN_ORDER, PairFeatures.MAX_ORDER, keys);
            for (int i = 0; i < n; i++) {
                int r = table.find(keys[i]);
                z += r >= 0 ? weights[r] : 0;
            }
            return true;
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
    Set<String> words() {
        return features.words;
    }

    int size() {
        return features.count;
    }

    void write(Writer writer, String comment) throws IOException {
        if (features.keys == null) {
            throw new IllegalStateException("this pair model was read from a binary image, which keeps no feature "
                    + "texts; write the model it was made from");
        }
        BufferedWriter out = new BufferedWriter(writer);
        out.write(MAGIC + "\t1\n");
        for (String c : comment.split("\\R")) {
            out.write("# " + c + "\n");
        }
        out.write("labels\t" + first + "\t" + second + "\n");
        out.write("bias\t" + format(bias) + "\n");
        out.write("markers\t" + format(markerCoefficient) + "\n");
        for (int i = 0; i < features.keys.length; i++) {
            out.write(features.keys[i] + "\t" + format(features.values[i]) + "\n");
        }
        out.flush();
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.5g", v);
    }

    /**
     * Reads a model file. The feature lines are taken in file order, which is the sorted order {@link #write} gives
     * them, without a map in between; a file whose lines are out of that order (edited by hand) is sorted as a
     * {@link TreeMap} would sort it, a repeated feature keeping its last weight.
     */
    static PairModel read(InputStream in, String name, ToDoubleFunction<CharSequence> markers) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line = reader.readLine();
        if (line == null || !line.startsWith(MAGIC + "\t")) {
            throw new IOException(name + " is not a seacorpus language-pair model (first line should be '" + MAGIC
                    + "<TAB>1')");
        }
        List<String> labels = new ArrayList<>();
        double bias = 0;
        double coefficient = 0;
        List<String> keys = new ArrayList<>();
        double[] values = new double[1024];
        boolean sorted = true;
        String previous = null;
        int lineNo = 1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                int tab = line.indexOf('\t');
                String head = tab < 0 ? line : line.substring(0, tab);
                switch (head) {
                    case "labels" -> {
                        String[] f = line.split("\t", -1);
                        labels = List.of(f[1], f[2]);
                    }
                    case "bias" -> bias = Double.parseDouble(field(line, tab));
                    case "markers" -> coefficient = Double.parseDouble(field(line, tab));
                    default -> {
                        int second = line.indexOf('\t', tab + 1);
                        if (tab < 0 || second < 0) {
                            throw new IllegalArgumentException("expected order, feature and weight");
                        }
                        int order = Integer.parseInt(line, 0, tab, 10);
                        int third = line.indexOf('\t', second + 1);
                        double weight = Double.parseDouble(line.substring(second + 1, third < 0 ? line.length()
                                : third));
                        String key = head.equals(Integer.toString(order)) ? line.substring(0, second)
                                : order + line.substring(tab, second);
                        if (previous != null && key.compareTo(previous) <= 0) {
                            sorted = false;
                        }
                        previous = key;
                        if (keys.size() == values.length) {
                            values = Arrays.copyOf(values, values.length * 2);
                        }
                        values[keys.size()] = weight;
                        keys.add(key);
                    }
                }
            } catch (RuntimeException e) {
                throw new IOException(name + " line " + lineNo + " is malformed (" + e.getMessage() + ")", e);
            }
        }
        if (labels.size() != 2) {
            throw new IOException(name + " has no 'labels' line naming the two languages");
        }
        Features features;
        if (sorted) {
            features = new Features(keys.toArray(String[]::new), Arrays.copyOf(values, keys.size()));
        } else {
            Map<String, Double> map = new TreeMap<>();
            for (int i = 0; i < keys.size(); i++) {
                map.put(keys.get(i), values[i]);
            }
            features = Features.of(map);
        }
        return new PairModel(labels.get(0), labels.get(1), bias, coefficient, features, markers, null);
    }

    /** The field after the first tab (up to the next one). */
    private static String field(String line, int tab) {
        int next = line.indexOf('\t', tab + 1);
        return line.substring(tab + 1, next < 0 ? line.length() : next);
    }

    @Override
    public String toString() {
        return "PairModel[" + first + "/" + second + ", " + size() + " features]";
    }
}
