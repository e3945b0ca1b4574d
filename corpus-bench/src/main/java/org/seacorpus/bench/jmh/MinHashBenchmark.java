package org.seacorpus.bench.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.seacorpus.dedupe.DedupeKeysStage;
import org.seacorpus.dedupe.DedupeSettings;
import org.seacorpus.dedupe.MinHashSigner;
import org.seacorpus.dedupe.Shingler;
import org.seacorpus.dedupe.SignatureScheme;
import org.seacorpus.document.DedupeKeys;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.Segmenters;

/**
 * The dedupe keys of one document: the MinHash signature alone ({@link MinHashSigner}: hash4j's MinHash, 256
 * components kept to 8 bits) on precomputed shingles, beside a hand-written textbook MinHash of the same shingles
 * (Broder 1997: 256 independently seeded 64-bit hashes of every shingle, keeping each minimum, unpacked). Both do
 * k hashes per shingle, so the ratio is the library's overhead or gain over the plain loop. Also shingling alone
 * (segmenter + 5-word hashes) and all keys as import computes them ({@link DedupeKeysStage#keys}: shingles,
 * signature, LSH bands, loose hash, line hashes). The segmenter keeps each thread's last result, so the
 * text-taking calls alternate between the text and the text plus a newline: the figures include really segmenting.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MinHashBenchmark {
    @Param({"th", "vi"})
    public String text;

    private String[] inputs;
    private int turn;
    private String lang;
    private long[] shingles;
    private Segmenters segmenters;
    private Shingler shingler;
    private MinHashSigner signer;
    private DedupeKeysStage keys;

    @Setup
    public void setUp() {
        String input = SampleTexts.get(text);
        inputs = new String[] {input, input + "\n"};
        lang = SampleTexts.language(text);
        segmenters = new Segmenters(LanguageProfiles.builtIn());
        shingler = new Shingler(SignatureScheme.DEFAULT.shingles());
        signer = new MinHashSigner(SignatureScheme.DEFAULT);
        keys = new DedupeKeysStage(segmenters, DedupeSettings.DEFAULTS);
        shingles = shingler.shingles(input, segmenters.forLanguage(lang));
    }

    @Benchmark
    public byte[] minHashSignature() {
        return signer.sign(shingles);
    }

    @Benchmark
    public long[] textbookMinHash256() {
        long[] minima = new long[SignatureScheme.DEFAULT.components()];
        java.util.Arrays.fill(minima, Long.MAX_VALUE);
        for (int k = 0; k < minima.length; k++) {
            long seed = 0x9E3779B97F4A7C15L * (k + 1);
            for (long shingle : shingles) {
                long h = mix(shingle ^ seed);
                if (h < minima[k]) {
                    minima[k] = h;
                }
            }
        }
        return minima;
    }

    @Benchmark
    public long[] shingles() {
        return shingler.shingles(inputs[turn ^= 1], segmenters.forLanguage(lang));
    }

    @Benchmark
    public DedupeKeys allKeys() {
        return keys.keys(inputs[turn ^= 1], lang);
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014): a fast, well-mixed 64-bit hash of a seeded value. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
