package org.seacorpus.lang.identify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A naive-Bayes language model over character n-grams and words ({@link NgramFeatures}): for each label (a language
 * code) the counts of every feature seen in its training text.
 *
 * <p>Scoring: for each feature order separately, P(g | L) = (c(g, L) + α) / (T(L) + α(V + 1)) with T(L) the
 * label's total count of that order and V the number of distinct features of that order (additive smoothing);
 * features that no label has seen are skipped, so they favour nobody. The log-likelihoods of all features are
 * summed, and the posterior over labels (uniform prior) is a softmax of the sums divided by the model's
 * temperature: the features overlap (each letter is in up to six of them), and dividing by roughly that factor
 * keeps the posterior from being certain on a few words. Source: the multinomial naive-Bayes classifier
 * (McCallum and Nigam 1998) over Cavnar–Trenkle n-grams; additive smoothing as in Chen and Goodman (1998).
 *
 * <p>Speed: the log-probabilities are computed once, when the model is built, into one {@code float} array (a row
 * of one value per label for every feature), found through a primitive hash table keyed by {@link FeatureKeys};
 * scoring a text builds no string. Every word the model knows as a whole also has its row of summed
 * log-probabilities over all its features, so a known word costs one lookup instead of about thirty; only the
 * words the model has not seen whole are cut into n-grams. The answer is the same as summing feature by feature.
 *
 * <p>Immutable and thread-safe. Build one with {@link NgramModelTrainer}; store and load it with
 * {@link NgramModelFormat}.
 */
public final class NgramModel {
    private final List<String> labels;
    private final List<String> scripts;
    private final int maxOrder;
    private final double alpha;
    private final double temperature;
    private final long[][] totals;
    /** The counts the model was built from, kept only when built in this process (for writing it out). */
    private final List<Map<String, int[]>> counts;
    private final int size;

    private final int width;
    private final FeatureTable grams;
    private final float[] gramLogp;
    private final FeatureTable words;
    private final float[] wordLogp;
    private final int[] wordFeatures;
    /** Per known word: true when it is among the most frequent words of some label (a function word). */
    private final boolean[] frequentWord;
    /** Per known word: the label it alone points to with posterior at least {@value #MARKER_POSTERIOR}, or −1. */
    private final byte[] markerLabel;
    /**
     * The magnitude below which every sum of this model's log-probabilities is exact in a {@code double}, or 0 when
     * there is none ({@link #exactLimit}); when it is above 0, {@link #evidence(CharSequence, double[])} may add
     * a word's features as one row it remembered ({@link WordSums}).
     */
    private final double exactLimit;
    /** The lowest set bit of the n-gram and of the word log-probabilities ({@link #lowestBit}), kept for images. */
    private final int gramLowest;
    private final int wordLowest;
    /** Each thread's rows of recently scored words (see {@link WordSums}); only used when {@link #exactLimit} > 0. */
    private final ThreadLocal<WordSums> wordSums;

    /** A word whose probability in some label's text is at least this is a frequent (function) word. */
    static final double FREQUENT_WORD = 0.003;
    /** A known word whose own posterior for one label is at least this marks that label. */
    static final double MARKER_POSTERIOR = 0.9;

    /**
     * @param labels      language codes, in the column order of the counts
     * @param scripts     the ISO 15924 script of each label's training text
     * @param maxOrder    longest n-gram
     * @param alpha       additive smoothing constant
     * @param temperature divisor of the summed log-likelihoods before the softmax
     * @param counts      per order (0 = words, 1…maxOrder), feature → count per label
     * @param totals      per order, the total count per label (including features pruned from {@code counts})
     */
    public NgramModel(List<String> labels, List<String> scripts, int maxOrder, double alpha, double temperature,
                      List<Map<String, int[]>> counts, long[][] totals) {
        this(labels, scripts, maxOrder, alpha, temperature, totals, List.copyOf(counts), fill(counts));
    }

    /** Built from a {@link Loader} that already holds the features in primitive arrays (the file reader). */
    NgramModel(List<String> labels, List<String> scripts, int maxOrder, double alpha, double temperature,
               long[][] totals, List<Map<String, int[]>> counts, Loader loaded) {
        this.labels = List.copyOf(labels);
        this.scripts = List.copyOf(scripts);
        if (labels.isEmpty() || scripts.size() != labels.size()) {
            throw new IllegalArgumentException("a model needs one script per label, got labels " + labels
                    + " and scripts " + scripts);
        }
        if (loaded.vocabulary.length != maxOrder + 1 || totals.length != maxOrder + 1) {
            throw new IllegalArgumentException("a model of order " + maxOrder + " needs " + (maxOrder + 1)
                    + " count tables");
        }
        this.maxOrder = maxOrder;
        this.alpha = alpha;
        this.temperature = temperature;
        this.totals = totals;
        this.counts = counts;
        this.width = labels.size();
        this.size = loaded.size;
        double[][] logDenominator = new double[maxOrder + 1][width];
        for (int order = 0; order <= maxOrder; order++) {
            for (int l = 0; l < width; l++) {
                logDenominator[order][l] = Math.log(totals[order][l] + alpha * (loaded.vocabulary[order] + 1));
            }
        }
        grams = new FeatureTable(loaded.size);
        gramLogp = new float[loaded.size * width];
        for (int f = 0; f < loaded.size; f++) {
            int row = grams.add(loaded.keys[f]);
            int order = loaded.orders[f];
            for (int l = 0; l < width; l++) {
                gramLogp[row * width + l] = (float) (Math.log(loaded.counts[f * width + l] + alpha)
                        - logDenominator[order][l]);
            }
        }
        words = new FeatureTable(loaded.words.size());
        wordLogp = new float[loaded.words.size() * width];
        wordFeatures = new int[loaded.words.size()];
        frequentWord = new boolean[loaded.words.size()];
        markerLabel = new byte[loaded.words.size()];
        double logFrequent = Math.log(FREQUENT_WORD);
        double[] sums = new double[width];
        for (String word : loaded.words) {
            long key = FeatureKeys.of(NgramFeatures.WORD, word);
            int row = words.add(key);
            wordFeatures[row] = sumFeatures(word, sums);
            int own = grams.find(key) * width;
            double[] alone = new double[width];
            for (int l = 0; l < width; l++) {
                alone[l] = gramLogp[own + l];
                frequentWord[row] |= alone[l] >= logFrequent;
            }
            double[] posterior = softmax(alone, 1.0);
            markerLabel[row] = -1;
            for (int l = 0; l < width && l < Byte.MAX_VALUE; l++) {
                if (posterior[l] >= MARKER_POSTERIOR) {
                    markerLabel[row] = (byte) l;
                }
            }
            for (int l = 0; l < width; l++) {
                wordLogp[row * width + l] = (float) sums[l];
            }
        }
        gramLowest = lowestBit(gramLogp);
        wordLowest = lowestBit(wordLogp);
        exactLimit = limitOf(Math.min(gramLowest, wordLowest));
        wordSums = ThreadLocal.withInitial(() -> new WordSums(width));
    }

    /**
     * The model's scoring tables as they are after loading, for {@link ModelImage}: the keys of each table by row
     * and the arrays indexed by row (the arrays themselves, not copies: read them, never write), with the lowest set
     * bit of each table of log-probabilities ({@link #lowestBit}; {@code gramLowest} is not used when the tables are
     * word tables alone, {@code gramKeys} null). An image stores the two so that loading does not pass over a million
     * floats again to find them (an interpreted loop when the JVM runs without on-stack replacement, as import does).
     */
    record Tables(long[] gramKeys, float[] gramLogp, long[] wordKeys, float[] wordLogp, int[] wordFeatures,
                  boolean[] frequentWord, byte[] markerLabel, int gramLowest, int wordLowest) {
    }

    /** This model's tables ({@link Tables}). */
    Tables tables() {
        return new Tables(grams.keysByRow(), gramLogp, words.keysByRow(), wordLogp, wordFeatures, frequentWord,
                markerLabel, gramLowest, wordLowest);
    }

    /** The lowest set bits this model's tables have, computed again from the tables (for tests of images). */
    int[] lowestBitsComputed() {
        return new int[] {lowestBit(gramLogp), lowestBit(wordLogp)};
    }

    /** The lowest set bits this model holds (computed, or read from an image). */
    int[] lowestBits() {
        return new int[] {gramLowest, wordLowest};
    }

    /**
     * A model from the tables another one had ({@link #tables()}), as {@link ModelImage} reads them back: nothing is
     * computed, so it scores exactly as the model the tables came from. It keeps no counts.
     */
    NgramModel(List<String> labels, List<String> scripts, int maxOrder, double alpha, double temperature,
               long[][] totals, int size, Tables tables) {
        this.labels = List.copyOf(labels);
        this.scripts = List.copyOf(scripts);
        this.maxOrder = maxOrder;
        this.alpha = alpha;
        this.temperature = temperature;
        this.totals = totals;
        this.counts = null;
        this.size = size;
        this.width = labels.size();
        this.grams = FeatureTable.of(tables.gramKeys());
        this.gramLogp = tables.gramLogp();
        this.words = FeatureTable.of(tables.wordKeys());
        this.wordLogp = tables.wordLogp();
        this.wordFeatures = tables.wordFeatures();
        this.frequentWord = tables.frequentWord();
        this.markerLabel = tables.markerLabel();
        this.gramLowest = tables.gramLowest();
        this.wordLowest = tables.wordLowest();
        this.exactLimit = limitOf(Math.min(gramLowest, wordLowest));
        this.wordSums = ThreadLocal.withInitial(() -> new WordSums(width));
    }

    /**
     * {@code base} with the word tables of {@code words} (made by {@link #withWords}, or read back from an image of
     * such a model): the n-gram tables are shared, nothing is computed.
     */
    NgramModel(NgramModel base, Tables words) {
        this.labels = base.labels;
        this.scripts = base.scripts;
        this.maxOrder = base.maxOrder;
        this.alpha = base.alpha;
        this.temperature = base.temperature;
        this.totals = base.totals;
        this.counts = base.counts;
        this.size = base.size;
        this.width = base.width;
        this.grams = base.grams;
        this.gramLogp = base.gramLogp;
        this.words = FeatureTable.of(words.wordKeys());
        this.wordLogp = words.wordLogp();
        this.wordFeatures = words.wordFeatures();
        this.frequentWord = words.frequentWord();
        this.markerLabel = words.markerLabel();
        this.gramLowest = base.gramLowest;
        this.wordLowest = words.wordLowest();
        this.exactLimit = limitOf(Math.min(gramLowest, wordLowest));
        this.wordSums = ThreadLocal.withInitial(() -> new WordSums(width));
    }

    /**
     * The same model knowing more words whole: {@code padded} are words as a model file writes them
     * ({@code _kerajaan_}); each one the model does not know yet gets its row of summed n-gram log-probabilities,
     * exactly what scoring would add up for it n-gram by n-gram (it has no word feature of its own, and it is
     * neither a frequent word nor a marker). Scores are the same as this model's (to float rounding of the sums);
     * only the cost changes: a word found here is one lookup instead of about thirty. {@link LatinIdentifier} gives
     * it the words of the Indonesian/Malay pair model, so that the words of running id/ms text are mostly found.
     */
    NgramModel withWords(java.util.Collection<String> padded) {
        List<String> extra = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (String word : padded) {
            long key = FeatureKeys.of(NgramFeatures.WORD, word);
            if (words.find(key) < 0 && seen.add(key)) {
                extra.add(word);
            }
        }
        return extra.isEmpty() ? this : new NgramModel(this, withExtraWords(extra));
    }

    /** This model's word tables with a row for each of {@code extra} (padded words it does not know yet). */
    private Tables withExtraWords(List<String> extra) {
        int known = words.size();
        int all = known + extra.size();
        long[] keys = java.util.Arrays.copyOf(words.keysByRow(), all);
        float[] logp = java.util.Arrays.copyOf(wordLogp, all * width);
        int[] features = java.util.Arrays.copyOf(wordFeatures, all);
        byte[] marker = java.util.Arrays.copyOf(markerLabel, all);
        double[] sums = new double[width];
        for (int i = 0; i < extra.size(); i++) {
            int row = known + i;
            keys[row] = FeatureKeys.of(NgramFeatures.WORD, extra.get(i));
            features[row] = sumFeatures(extra.get(i), sums);
            marker[row] = -1;
            for (int l = 0; l < width; l++) {
                logp[row * width + l] = (float) sums[l];
            }
        }
        return new Tables(null, null, keys, logp, features, java.util.Arrays.copyOf(frequentWord, all), marker,
                gramLowest, lowestBit(logp));
    }

    /** Sets {@code sums} to the summed log-probabilities of every feature of a padded word; returns how many. */
    private int sumFeatures(String word, double[] sums) {
        java.util.Arrays.fill(sums, 0);
        int[] cps = new int[NgramFeatures.MAX_WORD + 3];
        int m = 0;
        for (int i = 0; i < word.length() && m < cps.length; ) {
            int cp = word.codePointAt(i);
            cps[m++] = cp;
            i += Character.charCount(cp);
        }
        int[] used = new int[1];
        FeatureKeys.padded(cps, m, maxOrder, (order, key) -> used[0] += add(grams.find(key), sums));
        return used[0];
    }

    /** Features read into primitive arrays: key, order and counts (row-major, one per label) of each. */
    static final class Loader {
        final int[] vocabulary;
        final List<String> words = new ArrayList<>();
        long[] keys = new long[1024];
        byte[] orders = new byte[1024];
        int[] counts;
        int size;
        private final int width;

        Loader(int maxOrder, int width) {
            this.vocabulary = new int[maxOrder + 1];
            this.width = width;
            this.counts = new int[1024 * width];
        }

        /** Adds a feature; {@code c} holds its count per label from {@code from} on. */
        void add(int order, String feature, int[] c, int from) {
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
                orders = java.util.Arrays.copyOf(orders, size * 2);
                counts = java.util.Arrays.copyOf(counts, size * 2 * width);
            }
            keys[size] = FeatureKeys.of(order, feature);
            orders[size] = (byte) order;
            System.arraycopy(c, from, counts, size * width, width);
            size++;
            vocabulary[order]++;
            if (order == NgramFeatures.WORD) {
                words.add(feature);
            }
        }
    }

    private static Loader fill(List<Map<String, int[]>> counts) {
        int width = counts.stream().flatMap(m -> m.values().stream()).mapToInt(c -> c.length).findFirst().orElse(0);
        Loader loader = new Loader(counts.size() - 1, Math.max(width, 1));
        for (int order = 0; order < counts.size(); order++) {
            List<String> grams = new ArrayList<>(counts.get(order).keySet());
            grams.sort(null);
            for (String gram : grams) {
                loader.add(order, gram, counts.get(order).get(gram), 0);
            }
        }
        return loader;
    }

    private int add(int row, double[] sums) {
        if (row < 0) {
            return 0;
        }
        int base = row * width;
        for (int l = 0; l < width; l++) {
            sums[l] += gramLogp[base + l];
        }
        return 1;
    }

    /** Summed log-likelihood per label, and how many known features contributed. */
    public record Evidence(double[] logLikelihood, int features) {
    }

    /** A label with its posterior probability. */
    public record Scored(String label, double probability) {
    }

    public Evidence evidence(CharSequence text) {
        double[] sums = new double[width];
        int features = evidence(text, sums);
        return new Evidence(sums, features);
    }

    /**
     * Adds the summed log-likelihood per label of {@code text} to {@code sums} (one slot per label) and returns
     * how many known features contributed: the allocation-free form of {@link #evidence(CharSequence)}.
     */
    int evidence(CharSequence text, double[] sums) {
        if (exactLimit > 0 && allZero(sums)) {
            WordSummer summer = new WordSummer(sums, wordSums.get());
            FeatureKeys.scan(text, maxOrder, summer);
            if (withinExactLimit(sums)) {
                return summer.features;
            }
            java.util.Arrays.fill(sums, 0); // too large to be sure the sums are exact: add feature by feature
        }
        return evidenceByFeature(text, sums);
    }

    /** {@link #evidence(CharSequence, double[])} adding every feature's row in text order, remembering nothing. */
    int evidenceByFeature(CharSequence text, double[] sums) {
        Summer summer = new Summer(sums);
        FeatureKeys.scan(text, maxOrder, summer);
        return summer.features;
    }

    /**
     * The bound below which sums of the tables' values are exact, or 0. Every value is a {@code float} at most 0; when
     * each is a multiple of 2<sup>q</sup> (q the lowest set bit over all of them, −23 for the shipped model), every
     * partial sum of them is a multiple of 2<sup>q</sup> too, and a {@code double} holds every such multiple of
     * magnitude below 2<sup>53+q</sup> exactly. As all the values have one sign, the partial sums of a text only
     * grow in magnitude, so when the final sums are below the bound every addition on the way was exact: the sums
     * are then the same whatever the order or grouping of the additions (a word's row added as one, or feature by
     * feature). 0 when some value is positive, not finite or subnormal.
     */
    static double exactLimit(float[]... tables) {
        int lowest = Integer.MAX_VALUE;
        for (float[] table : tables) {
            lowest = Math.min(lowest, lowestBit(table));
        }
        return limitOf(lowest);
    }

    /** {@link #exactLimit} of tables whose lowest set bit over all values is {@code lowest} ({@link #lowestBit}). */
    static double limitOf(int lowest) {
        if (lowest == Integer.MIN_VALUE) {
            return 0;
        }
        return lowest == Integer.MAX_VALUE ? Math.scalb(1.0, 53 - 149) : Math.scalb(1.0, 53 + lowest);
    }

    /**
     * The exponent of the lowest set bit over the values of {@code table} (MAX_VALUE when all are 0), or MIN_VALUE
     * when one is positive, not finite or subnormal. One pass that ORs the significands of the values of each
     * exponent (a million values in a millisecond or two compiled, 0.1 s interpreted: it runs when a model is built
     * or trained; a model read from its image takes the value the image holds).
     */
    static int lowestBit(float[] table) {
        int[] significands = new int[256];
        int bad = 0;
        for (float v : table) {
            int bits = Float.floatToRawIntBits(v);
            int exponent = (bits >>> 23) & 0xFF;
            // +0 and −0 add nothing; positive values, subnormals, infinities and NaN are refused
            boolean zero = (bits & 0x7FFFFFFF) == 0;
            bad |= zero ? 0 : (bits >= 0 || exponent == 0 || exponent == 0xFF ? 1 : 0);
            significands[exponent] |= zero ? 0 : (bits & 0x7FFFFF) | 0x800000;
        }
        if (bad != 0) {
            return Integer.MIN_VALUE;
        }
        int lowest = Integer.MAX_VALUE;
        for (int exponent = 1; exponent < 0xFF; exponent++) {
            if (significands[exponent] != 0) {
                lowest = Math.min(lowest, exponent - 127 - 23 + Integer.numberOfTrailingZeros(significands[exponent]));
            }
        }
        return lowest;
    }

    private static boolean allZero(double[] sums) {
        for (double v : sums) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when sums of this model's values that came to {@code sums} (from zero) were exact at every step: they are
     * then the same whatever the order and grouping of the additions, e.g. the sum of the sums of a text's lines is
     * the sum a scan of the whole text gives ({@link #exactLimit}).
     */
    boolean isExact(double[] sums) {
        return exactLimit > 0 && withinExactLimit(sums);
    }

    private boolean withinExactLimit(double[] sums) {
        for (double v : sums) {
            if (!(v > -exactLimit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What each word of recent texts added to the sums, per thread: its summed row of log-probabilities (the word's
     * own row when the model knows it whole, else the sum of its n-grams' rows, added in the order scoring adds them)
     * and how many features that was, in the slot {@link WordSlots} gives the padded word. Running text repeats its
     * words, and a word found here costs one probe of a small table instead of one to thirty probes of the model's
     * tables (megabytes, a cache miss each). {@value #SETS} sets of two slots: on gen-10000's and gen-100000's Latin
     * text taken in order, a direct-mapped 2,048 slots (sessions 12–17) missed 22% of the words, 8,192 sets of two
     * 1–2% (session 18). A word {@link WordSlots} cannot keep is added feature by feature, the same sums. Only used
     * when the sums are exact ({@link #exactLimit}), which is what makes a word's row added as one the same as its
     * features added one by one.
     */
    static final class WordSums {
        static final int SETS = 8192;
        final WordSlots slots = new WordSlots(SETS);
        final double[] rows;
        final int[] features = new int[SETS * 2];
        final int width;
        /** The row of a word being worked out, and its n-grams' keys ({@link FeatureKeys#ngrams}). */
        final double[] row;
        long[] keys = new long[WordSlots.STRIDE * 5];

        WordSums(int width) {
            this.width = width;
            this.rows = new double[SETS * 2 * width];
            this.row = new double[width];
        }

        /** The key buffer, grown to hold at least {@code n} keys. */
        long[] keys(int n) {
            if (keys.length < n) {
                keys = new long[n];
            }
            return keys;
        }
    }

    /** Adds each word's row as one, from the thread's {@link WordSums} or worked out and kept there. */
    private final class WordSummer implements FeatureKeys.Sink {
        private final double[] sums;
        private final WordSums cache;
        int features;

        WordSummer(double[] sums, WordSums cache) {
            this.sums = sums;
            this.cache = cache;
        }

        @Override
        public boolean word(long key, int[] padded, int m) {
            int slot = cache.slots.find(key, padded, m);
            if (slot < 0) {
                if (!WordSlots.keepable(padded, m)) {
                    return false; // cannot be kept: feature by feature, the same sums (they are exact)
                }
                slot = -1 - slot;
                fill(slot, key, padded, m);
            }
            int base = slot * width;
            double[] rows = cache.rows;
            for (int l = 0; l < width; l++) {
                sums[l] += rows[base + l];
            }
            features += cache.features[slot];
            return true;
        }

        /** Works out the word's row as {@link Summer} would add it, into the slot. */
        private void fill(int slot, long key, int[] padded, int m) {
            int base = slot * width;
            int found = words.find(key);
            if (found >= 0) {
                for (int l = 0; l < width; l++) {
                    cache.rows[base + l] = wordLogp[found * width + l];
                }
                cache.features[slot] = wordFeatures[found];
            } else {
                // the word's own feature, then its n-grams, added in the order FeatureKeys.padded feeds them
                double[] row = cache.row;
                java.util.Arrays.fill(row, 0);
                int rowFeatures = add(grams.find(key), row);
                long[] keys = cache.keys(m * maxOrder);
                int n = FeatureKeys.ngrams(padded, m, 1, maxOrder, keys);
                for (int i = 0; i < n; i++) {
                    rowFeatures += add(grams.find(keys[i]), row);
                }
                System.arraycopy(row, 0, cache.rows, base, width);
                cache.features[slot] = rowFeatures;
            }
            cache.slots.keep(slot, padded, m);
        }

        @Override
        public void feature(int order, long key) {
            features += add(grams.find(key), sums);
        }
    }

    /** Adds rows of log-probabilities as the scanner finds features. */
    private final class Summer implements FeatureKeys.Sink {
        private final double[] sums;
        int features;

        Summer(double[] sums) {
            this.sums = sums;
        }

        @Override
        public boolean word(long key) {
            int row = words.find(key);
            if (row < 0) {
                return false;
            }
            int base = row * width;
            for (int l = 0; l < width; l++) {
                sums[l] += wordLogp[base + l];
            }
            features += wordFeatures[row];
            return true;
        }

        @Override
        public void feature(int order, long key) {
            features += add(grams.find(key), sums);
        }
    }

    /**
     * What the words of a text say on their own: how many words it has, how many are frequent words of some
     * label (function words: a text of names and terms has none), and which labels one of its words marks (bit
     * {@code l} set when a known word points to label {@code l} with posterior at least
     * {@value #MARKER_POSTERIOR}).
     */
    record WordEvidence(int words, int frequentWords, long markedLabels) {
        boolean marks(int label) {
            return label >= 0 && label < 64 && (markedLabels & (1L << label)) != 0;
        }
    }

    WordEvidence wordEvidence(CharSequence text) {
        int[] counts = new int[2];
        long[] marked = new long[1];
        FeatureKeys.scan(text, maxOrder, new FeatureKeys.Sink() {
            @Override
            public boolean word(long key) {
                counts[0]++;
                int row = words.find(key);
                if (row >= 0) {
                    counts[1] += frequentWord[row] ? 1 : 0;
                    if (markerLabel[row] >= 0 && markerLabel[row] < 64) {
                        marked[0] |= 1L << markerLabel[row];
                    }
                }
                return true;
            }

            @Override
            public void feature(int order, long key) {
            }
        });
        return new WordEvidence(counts[0], counts[1], marked[0]);
    }

    /** The column of a label, or −1. */
    int labelIndex(String label) {
        return labels.indexOf(label);
    }

    /** Posterior probability of every label, best first; empty when the text has no known feature. */
    public List<Scored> rank(CharSequence text) {
        return rank(evidence(text));
    }

    public List<Scored> rank(Evidence evidence) {
        if (evidence.features() == 0) {
            return List.of();
        }
        double[] p = softmax(evidence.logLikelihood(), 1.0 / temperature);
        List<Scored> out = new ArrayList<>(labels.size());
        for (int l = 0; l < p.length; l++) {
            out.add(new Scored(labels.get(l), p[l]));
        }
        out.sort(Comparator.comparingDouble(Scored::probability).reversed());
        return out;
    }

    static double[] softmax(double[] logs, double scale) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logs) {
            max = Math.max(max, v);
        }
        double[] p = new double[logs.length];
        double sum = 0;
        for (int i = 0; i < logs.length; i++) {
            p[i] = Math.exp((logs[i] - max) * scale);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    public List<String> labels() {
        return labels;
    }

    public List<String> scripts() {
        return scripts;
    }

    /** The script of a label's training text, e.g. {@code Latn}; null for an unknown label. */
    public String scriptOf(String label) {
        int i = labels.indexOf(label);
        return i < 0 ? null : scripts.get(i);
    }

    public int maxOrder() {
        return maxOrder;
    }

    public double alpha() {
        return alpha;
    }

    public double temperature() {
        return temperature;
    }

    /**
     * Feature counts of one order: feature → count per label, for the file writer; only a model built from counts
     * in this process has them (a model read from a file keeps its log-probabilities, not its counts).
     */
    Map<String, int[]> counts(int order) {
        if (counts == null) {
            throw new IllegalStateException("this model was read from a file and keeps no counts; "
                    + "read the file's counts with NgramModelFormat.readCounts to write or merge them");
        }
        return counts.get(order);
    }

    long total(int order, int label) {
        return totals[order][label];
    }

    /** Number of distinct features over all orders. */
    public int size() {
        return size;
    }

    @Override
    public String toString() {
        return "NgramModel" + labels + " order " + maxOrder + ", " + size() + " features";
    }
}
