import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.Segmenter;
import org.seacorpus.segment.Segmenters;
import org.seacorpus.segment.Token;

/**
 * The segmentation stage for pipe10's StageTwoJars driver (session 12, prof12): loaded once per build in its own
 * class loader; cuts texts of one language into words ({@code segment}: Segmenter.words, where the digit cut and
 * its pre-check run) or words and sentences ({@code sentences}), timed in this thread's CPU time. Each text is
 * cut once per call (the segmenter's per-thread cache holds only the last text, and no text follows itself).
 * Returns {cpu ns, digest of every token's start, end and kind and every sentence bound}.
 */
public final class StageWork {
    private static final Segmenters SEGMENTERS = new Segmenters(LanguageProfiles.builtIn());
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StageWork() {
    }

    public static long[] run(String stage, String lang, String[] texts, boolean digest) {
        Segmenter segmenter = SEGMENTERS.forLanguage(lang);
        long ns = 0;
        long h = 0;
        for (String text : texts) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            long d = 0;
            java.util.List<Token> words = segmenter.words(text);
            java.util.List<int[]> sentences = "sentences".equals(stage) ? segmenter.sentences(text) : java.util.List.of();
            ns += THREADS.getCurrentThreadCpuTime() - t0;
            if (digest) {
                for (Token t : words) {
                    d = d * 31 + t.start();
                    d = d * 31 + t.end();
                    d = d * 31 + t.kind().ordinal();
                }
                for (int[] s : sentences) {
                    d = d * 31 + s[0] * 7L + s[1];
                }
            } else {
                d = words.size() + sentences.size();
            }
            h = h * 31 + d;
        }
        return new long[] {ns, h};
    }
}
