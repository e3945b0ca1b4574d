import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import org.seacorpus.document.LanguageInfo;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.quality.QualityAnalyzer;
import org.seacorpus.quality.QualitySignals;
import org.seacorpus.quality.QualityStage;
import org.seacorpus.quality.Stopwords;
import org.seacorpus.segment.AnalyzeStage;
import org.seacorpus.segment.Segmenters;

/**
 * Loaded once per build (MixedTwoJars): the quality stage on documents in the order import meets them (the
 * generated corpus's files in order, languages interleaved), each document analysed first (not timed: its words,
 * sentences and TokenForms, as the analyse stage attaches them), then QualityStage.apply timed in this thread's CPU
 * time. Returns {cpu ns, digest of every signal's bits}.
 */
public final class MixedWork {
    private static final LanguageProfiles PROFILES = LanguageProfiles.builtIn();
    private static final Segmenters SEGMENTERS = new Segmenters(PROFILES);
    private static final AnalyzeStage ANALYZE = new AnalyzeStage(SEGMENTERS);
    private static final QualityStage QUALITY = new QualityStage(
            new QualityAnalyzer(PROFILES, SEGMENTERS, Stopwords.builtIn()));
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private MixedWork() {
    }

    public static long[] run(String[] langs, String[] texts) {
        long ns = 0;
        long h = 0;
        for (int i = 0; i < texts.length; i++) {
            LanguageInfo info = new LanguageInfo(langs[i], "", 0.9, java.util.List.of(), false);
            var doc = ANALYZE.apply(org.seacorpus.document.Document.extracted(
                    org.seacorpus.document.Origin.of("mixed.txt", ""), texts[i]).withLanguage(info));
            long t0 = THREADS.getCurrentThreadCpuTime();
            var out = QUALITY.apply(doc);
            ns += THREADS.getCurrentThreadCpuTime() - t0;
            h = h * 31 + Arrays.hashCode(out.annotation(QualitySignals.class).orElseThrow().values());
        }
        return new long[] {ns, h};
    }
}
