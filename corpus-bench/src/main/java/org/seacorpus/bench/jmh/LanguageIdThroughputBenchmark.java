package org.seacorpus.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.seacorpus.document.Utf8;
import org.seacorpus.lang.identify.LanguageIdentifier;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Sentence-level language identification throughput, one operation = one pass over a set of sentences (the
 * development set's sentences: all 17 labels mixed, or the Indonesian and Malay ones alone), so that MB/s is
 * {@code ops/s × bytes}; the UTF-8 size of each set is printed at set-up. Baseline in the same run: Lingua 1.2.2
 * restricted to the five languages it shares with us (Indonesian, Malay, Tagalog, English, Vietnamese), which the
 * identifier consulted on most Latin lines before the pair model, on the same sentences.
 *
 * <p>The sentences are read from {@code corpus-core/src/test/resources/langid/dev} (run from the project root or
 * set {@code -Dseacorpus.devset=<folder>}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LanguageIdThroughputBenchmark {
    /** The development set's languages, every one of which the "mixed" sentence set holds. */
    public static final List<String> ALL = List.of("ceb", "en", "fil", "id", "jv", "km", "lo", "ms", "my", "shn",
            "su", "ta", "tet", "th", "und", "vi", "zh");

    @Param({"mixed", "id-ms"})
    public String set;

    private String[] sentences;
    private LanguageIdentifier identifier;
    private LanguageDetector lingua;

    @Setup
    public void setUp() {
        sentences = sentences(set.equals("mixed") ? ALL : List.of("id", "ms")).toArray(String[]::new);
        long bytes = 0;
        for (String s : sentences) {
            bytes += Utf8.length(s);
        }
        System.err.printf(java.util.Locale.ROOT, "%n[set %s: %d sentences, %d bytes of UTF-8]%n", set,
                sentences.length, bytes);
        identifier = LanguageIdentifier.builtIn();
        lingua = LanguageDetectorBuilder.fromLanguages(Language.INDONESIAN, Language.MALAY, Language.TAGALOG,
                Language.ENGLISH, Language.VIETNAMESE).withPreloadedLanguageModels().build();
    }

    /** The shipped identifier on each sentence ({@link LanguageIdentifier#identify}). */
    @Benchmark
    public int seacorpus() {
        int h = 0;
        for (String s : sentences) {
            h += identifier.identify(s).lang().hashCode();
        }
        return h;
    }

    /** Baseline: Lingua's confidence values on each sentence, as the identifier asked them before. */
    @Benchmark
    public int lingua() {
        int h = 0;
        for (String s : sentences) {
            h += lingua.computeLanguageConfidenceValues(s).size();
        }
        return h;
    }

    static List<String> sentences(List<String> languages) {
        return sentences(Path.of(System.getProperty("seacorpus.devset", "corpus-core/src/test/resources/langid/dev")),
                languages);
    }

    /** The sentences of the given languages' {@code <lang>.tsv} files in {@code dir} (the text is the last field). */
    public static List<String> sentences(Path dir, List<String> languages) {
        List<String> out = new ArrayList<>();
        for (String lang : languages) {
            Path file = dir.resolve(lang + ".tsv");
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        String[] f = line.split("\t", 3);
                        out.add(f[f.length - 1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.toAbsolutePath() + "; run from the project "
                        + "root or set -Dseacorpus.devset=<folder of <lang>.tsv>", e);
            }
        }
        return out;
    }
}
