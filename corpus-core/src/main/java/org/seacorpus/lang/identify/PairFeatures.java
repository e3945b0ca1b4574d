package org.seacorpus.lang.identify;

/**
 * The features a {@link PairModel} reads from text: every word (as the n-gram model cuts and lower-cases it), every
 * pair of consecutive words, and the character n-grams of orders {@value #MIN_ORDER}…{@value #MAX_ORDER} inside
 * the padded words. Keys are {@link FeatureKeys} keys; a word pair's key combines the keys of its two words, so
 * it can be computed from text and from a model file's {@code "w1 w2"} alike.
 */
final class PairFeatures {
    /** The order under which word pairs are written in a pair-model file. */
    static final int BIGRAM = 9;
    static final boolean BIGRAMS = true;
    static final int MIN_ORDER = 4;
    static final int MAX_ORDER = 5;

    /** Receives each feature key once per occurrence; {@code order} as in the file. */
    @FunctionalInterface
    interface Sink {
        void accept(int order, long key);
    }

    private PairFeatures() {
    }

    static void scan(CharSequence text, Sink sink) {
        long[] previous = {0};
        FeatureKeys.scan(text, MAX_ORDER, new FeatureKeys.Sink() {
            @Override
            public boolean word(long key) {
                if (previous[0] != 0 && BIGRAMS) {
                    sink.accept(BIGRAM, bigram(previous[0], key));
                }
                previous[0] = key;
                return false;
            }

            @Override
            public void feature(int order, long key) {
                if (order == NgramFeatures.WORD || order >= MIN_ORDER) {
                    sink.accept(order, key);
                }
            }
        });
    }

    /** The key of a word pair from the order-0 keys of its words. */
    static long bigram(long first, long second) {
        return FeatureKeys.finish(first * 0x9E3779B97F4A7C15L + second, BIGRAM);
    }

    /** The key of a feature as a pair-model file writes it (a padded word pair is {@code "_w1_ _w2_"}). */
    static long of(int order, String feature) {
        if (order != BIGRAM) {
            return FeatureKeys.of(order, feature);
        }
        int space = feature.indexOf(' ');
        return bigram(FeatureKeys.of(NgramFeatures.WORD, feature.substring(0, space)),
                FeatureKeys.of(NgramFeatures.WORD, feature.substring(space + 1)));
    }

    /** Receives each feature as text, for training (the file keeps features readable). */
    @FunctionalInterface
    interface TextSink {
        void accept(int order, String feature);
    }

    /** The same features as {@link #scan}, as text. */
    static void extract(CharSequence text, TextSink sink) {
        String[] previous = {null};
        NgramFeatures.extract(text, MAX_ORDER, (order, gram) -> {
            if (order == NgramFeatures.WORD) {
                if (previous[0] != null && BIGRAMS) {
                    sink.accept(BIGRAM, previous[0] + " " + gram);
                }
                previous[0] = gram;
                sink.accept(order, gram);
            } else if (order >= MIN_ORDER) {
                sink.accept(order, gram);
            }
        });
    }
}
