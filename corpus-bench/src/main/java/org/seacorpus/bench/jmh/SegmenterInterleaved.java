package org.seacorpus.bench.jmh;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.LanguageSegmenter;
import org.seacorpus.segment.Segmenters;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * The three cases of {@link SegmenterBenchmark} (ICU's word iterator alone, the segmenter without its lexicon,
 * the segmenter) timed in turn on the same text, round after round, so that all three see the same machine load:
 * on a shared machine whose load swings from 5 to 30, separate JMH runs a minute apart can differ by more than the
 * cases do. Prints the median and the fastest time per call of each case and the ratios of the medians.
 *
 * <pre>java -cp corpus-bench.jar -Dseacorpus.samples=sample-data org.seacorpus.bench.jmh.SegmenterInterleaved [rounds]</pre>
 */
public final class SegmenterInterleaved {
    private SegmenterInterleaved() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        Segmenters segmenters = new Segmenters(profiles);
        System.out.println("| text | ICU BreakIterator µs | without lexicon µs | segmenter µs | without / ICU | "
                + "segmenter / ICU | segmenter / without |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String name : List.of("th", "lo", "km", "my", "vi")) {
            String lang = SampleTexts.language(name);
            String text = SampleTexts.get(name);
            String[] inputs = {text, text + "\n"};
            LanguageSegmenter current = segmenters.forLanguage(lang);
            LanguageSegmenter previous = new LanguageSegmenter(profiles.segmentation(lang).withoutLexicon());
            BreakIterator icu = BreakIterator.getWordInstance(ULocale.forLanguageTag(lang));
            long[][] nanos = new long[3][rounds];
            long sink = 0;
            for (int r = -rounds / 2; r < rounds; r++) {   // the first half-round count warms up
                String input = inputs[r & 1];
                long t0 = System.nanoTime();
                sink += icuWords(icu, input);
                long t1 = System.nanoTime();
                sink += previous.words(input).size();
                long t2 = System.nanoTime();
                sink += current.words(input).size();
                long t3 = System.nanoTime();
                if (r >= 0) {
                    nanos[0][r] = t1 - t0;
                    nanos[1][r] = t2 - t1;
                    nanos[2][r] = t3 - t2;
                }
            }
            double[] median = new double[3];
            double[] fastest = new double[3];
            for (int c = 0; c < 3; c++) {
                long[] sorted = nanos[c].clone();
                Arrays.sort(sorted);
                median[c] = sorted[rounds / 2] / 1000.0;
                fastest[c] = sorted[0] / 1000.0;
            }
            System.out.println(String.format(Locale.ROOT,
                    "| %s (%d chars) | %.1f (fastest %.1f) | %.1f (%.1f) | %.1f (%.1f) | %.1f× | %.1f× | %.2f× |",
                    name, text.length(), median[0], fastest[0], median[1], fastest[1], median[2], fastest[2],
                    median[1] / median[0], median[2] / median[0], median[2] / median[1]));
            if (sink == 42) {
                System.out.println();
            }
        }
    }

    private static int icuWords(BreakIterator words, String text) {
        words.setText(text);
        int count = 0;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                count++;
            }
        }
        return count;
    }
}
