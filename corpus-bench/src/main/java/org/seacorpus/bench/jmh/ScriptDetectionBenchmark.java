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
import org.seacorpus.lang.ScriptDetector;

import com.ibm.icu.lang.UScript;

/**
 * {@link ScriptDetector} (script counts, dominant script and script runs) beside the least any script detector
 * does: ICU {@link UScript#getScript} for every code point, counted per script code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScriptDetectionBenchmark {
    @Param({"th", "my", "vi", "zh"})
    public String text;

    private String input;
    private final ScriptDetector detector = new ScriptDetector();

    @Setup
    public void setUp() {
        input = SampleTexts.get(text);
    }

    @Benchmark
    public ScriptDetector.Result scriptDetector() {
        return detector.detect(input);
    }

    @Benchmark
    public int[] uscriptPerChar() {
        int[] counts = new int[UScript.CODE_LIMIT];
        for (int i = 0; i < input.length(); ) {
            int c = input.codePointAt(i);
            counts[UScript.getScript(c)]++;
            i += Character.charCount(c);
        }
        return counts;
    }
}
