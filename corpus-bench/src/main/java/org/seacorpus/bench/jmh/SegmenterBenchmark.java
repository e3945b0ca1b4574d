package org.seacorpus.bench.jmh;

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
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.LanguageSegmenter;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.Token;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Word segmentation by the language's segmenter ({@link Segmenters#forLanguage}: for Thai, Lao, Khmer and Burmese
 * the lexicon's least-cost words, otherwise ICU word breaks; then the profile's lists and token joins), by the
 * same segmenter without its lexicon ({@code withoutLexicon}: ICU's dictionary and the lists, the segmentation
 * before lexicons), and by ICU's word {@link BreakIterator} alone over the same text (boundaries only, no tokens
 * built). The segmenter keeps each thread's last result (import asks for
 * the words of one document several times), so calls alternate between the text and the text plus a newline: the
 * figure is the cost of really segmenting.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SegmenterBenchmark {
    @Param({"th", "lo", "km", "my", "vi"})
    public String text;

    private String[] inputs;
    private int turn;
    private LanguageSegmenter segmenter;
    private LanguageSegmenter withoutLexicon;
    private BreakIterator words;

    @Setup
    public void setUp() {
        String input = SampleTexts.get(text);
        inputs = new String[] {input, input + "\n"};
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        segmenter = new Segmenters(profiles).forLanguage(SampleTexts.language(text));
        withoutLexicon = new LanguageSegmenter(profiles.segmentation(SampleTexts.language(text)).withoutLexicon());
        words = BreakIterator.getWordInstance(ULocale.forLanguageTag(SampleTexts.language(text)));
    }

    @Benchmark
    public List<Token> segmenter() {
        return segmenter.words(inputs[turn ^= 1]);
    }

    @Benchmark
    public List<Token> segmenterWithoutLexicon() {
        return withoutLexicon.words(inputs[turn ^= 1]);
    }

    @Benchmark
    public int icuBreakIterator() {
        words.setText(inputs[turn ^= 1]);
        int count = 0;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                count++;
            }
        }
        return count;
    }
}
