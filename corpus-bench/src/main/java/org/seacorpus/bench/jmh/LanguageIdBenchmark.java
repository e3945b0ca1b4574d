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
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.lang.identify.LanguageIdentifier;

/**
 * Document language identification as the import runs it ({@link LanguageIdentifier#identifyDocument}: script,
 * then the n-gram model and pair model for Latin and Han text, with spans). There is no natural baseline in the
 * same run; the script-only cost is in {@link ScriptDetectionBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LanguageIdBenchmark {
    @Param({"th", "vi", "id", "ms", "fil", "en"})
    public String text;

    private String input;
    private LanguageIdentifier identifier;

    @Setup
    public void setUp() {
        input = SampleTexts.get(text);
        identifier = LanguageIdentifier.builtIn();
    }

    @Benchmark
    public LanguageInfo identifyDocument() {
        return identifier.identifyDocument(input);
    }
}
