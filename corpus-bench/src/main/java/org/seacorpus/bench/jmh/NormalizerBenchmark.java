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
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.lang.ScriptAwareNormalizer;

import com.ibm.icu.text.Normalizer2;

/**
 * The import's normaliser ({@link ScriptAwareNormalizer}, default options: generic rules, then each script's
 * rules, Zawgyi detection and conversion for Burmese) per script, beside plain ICU NFC of the same text, and
 * beside itself without the fast path ({@link ScriptAwareNormalizer#normalizeFully}), the cost before the fast path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NormalizerBenchmark {
    @Param({"th", "my", "my-zawgyi", "vi", "vi-nfd", "km", "id", "zh"})
    public String text;

    private String input;
    private ScriptAwareNormalizer normalizer;
    private Normalizer2 nfc;

    @Setup
    public void setUp() {
        input = SampleTexts.get(text);
        normalizer = ScriptAwareNormalizer.create(LanguageProfiles.builtIn(), NormalizerOptions.defaults());
        nfc = Normalizer2.getNFCInstance();
    }

    @Benchmark
    public String normalizer() {
        return normalizer.normalize(input).text();
    }

    /** The same normaliser without its fast path (every rule runs): what {@link #normalizer} cost before it. */
    @Benchmark
    public String normalizerFullPath() {
        return normalizer.normalizeFully(input).text();
    }

    @Benchmark
    public String icuNfc() {
        return nfc.normalize(input);
    }
}
